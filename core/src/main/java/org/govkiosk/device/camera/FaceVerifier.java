package org.govkiosk.device.camera;

/**
 * 1:1 verification: is the captured face the holder of the claimed document number?
 * The reference photo comes from the department on file (or the card), never stored by the kiosk.
 */
public interface FaceVerifier {
    record Match(boolean matched, double score, String technicianDetail) {}

    Match verify(String claimedDocumentNumber, FaceImage face);
}
