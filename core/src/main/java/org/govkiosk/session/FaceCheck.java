package org.govkiosk.session;

import java.time.Duration;
import java.util.Optional;
import org.govkiosk.device.DeviceException;
import org.govkiosk.device.camera.FaceCamera;
import org.govkiosk.device.camera.FaceImage;
import org.govkiosk.device.camera.FaceVerifier;

/**
 * One face check: capture a live face and match it 1:1 against the holder of a document number. Used to get in
 * by face and to add a face to a card visit (step-up). Blocking: run it on a worker. A refused face is wiped here,
 * so only a matched one ever reaches the session.
 */
public final class FaceCheck {
    /** What came of one check. */
    public sealed interface Verdict permits Matched, Refused {}

    /** Her face, live and matching the number: it belongs in her session now. */
    public record Matched(FaceImage face) implements Verdict {}

    /** Refused: the citizen reads {@code citizenMessageKey}; {@code technicianDetail} is for the log only. */
    public record Refused(String citizenMessageKey, String technicianDetail) implements Verdict {}

    private final FaceCamera camera;
    private final FaceVerifier verifier;
    private final Duration captureTimeout;

    public FaceCheck(FaceCamera camera, FaceVerifier verifier, Duration captureTimeout) {
        this.camera = camera;
        this.verifier = verifier;
        this.captureTimeout = captureTimeout;
    }

    /** Whether this kiosk can check faces at all. */
    public boolean available() {
        return camera != null && verifier != null;
    }

    /** Captures and matches against {@code documentNumber}. Never throws for a device fault: that is a refusal too. */
    public Verdict check(String documentNumber) {
        if (!available()) return new Refused("identify.error.faceUnavailable", "no camera or verifier configured");
        Optional<FaceImage> captured;
        try {
            captured = camera.captureFace(captureTimeout);
        } catch (DeviceException e) {
            return new Refused("identify.error.faceUnavailable", e.technicianDetail());
        } catch (RuntimeException e) {
            return new Refused("identify.error.faceUnavailable", e.toString());
        }
        if (captured.isEmpty()) return new Refused("identify.error.noFace", "no face within " + captureTimeout);
        FaceImage face = captured.get();
        if (!face.liveness()) {
            face.wipe();
            return new Refused("identify.error.notLive", "liveness challenge failed");
        }
        FaceVerifier.Match match;
        try {
            match = verifier.verify(documentNumber, face);
        } catch (RuntimeException e) {
            face.wipe();
            return new Refused("identify.error.faceUnavailable", "verifier failed: " + e);
        }
        if (!match.matched()) {
            face.wipe();
            return new Refused("identify.error.faceMismatch", match.technicianDetail());
        }
        return new Matched(face);
    }
}
