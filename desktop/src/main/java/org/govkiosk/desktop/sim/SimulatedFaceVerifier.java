package org.govkiosk.desktop.sim;

import java.util.Optional;
import org.govkiosk.device.camera.FaceImage;
import org.govkiosk.device.camera.FaceVerifier;

/**
 * SIMULATION ONLY: no face is compared. It reads the subject that {@link SimulatedFaceCamera} wrote into its own
 * PNG and matches it against the claimed document number, so the desktop demo can walk the match / no-match paths.
 * It says "no match" to any image it did not make; a real deployment plugs in a real 1:1 verifier.
 */
public final class SimulatedFaceVerifier implements FaceVerifier {
    private static final double MATCH_SCORE = 0.93;
    private static final double STRANGER_SCORE = 0.12;

    @Override
    public Match verify(String claimedDocumentNumber, FaceImage face) {
        Optional<String> subject = SimulatedFaces.readSubject(face.encoded());
        if (subject.isEmpty()) return new Match(false, 0, "simulated verifier: not a simulated capture");
        boolean same = subject.get().equals(SimulatedFaces.subjectOf(claimedDocumentNumber));
        return new Match(same, same ? MATCH_SCORE : STRANGER_SCORE,
                "simulated verifier: " + (same ? "same" : "different") + " subject");
    }
}
