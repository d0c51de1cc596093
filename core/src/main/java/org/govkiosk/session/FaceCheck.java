package org.govkiosk.session;

import org.govkiosk.device.camera.FaceCamera;
import org.govkiosk.device.camera.FaceVerifier;
import org.govkiosk.records.GatewayResult;
import org.govkiosk.records.IdentifyRequest;
import org.govkiosk.records.RecordsGateway;

/**
 * One face check, after her separate consent: the identity service sends the reference portrait of the identity
 * she claims, the kiosk compares it with her live face 1:1 on the kiosk. Used to get in by face and to add a face
 * to a card visit (step-up). Blocking: run it on a worker. The portrait is wiped by the verifier; the live face
 * never leaves it, so nothing of her face reaches the session, a file or the log.
 */
public final class FaceCheck {
    /** What came of one check. */
    public sealed interface Verdict permits Matched, Refused {}

    /** Live and matching the claimed identity. */
    public record Matched(double score) implements Verdict {}

    /** Refused: the citizen reads {@code citizenMessageKey}; {@code technicianDetail} is for the log only. */
    public record Refused(String citizenMessageKey, String technicianDetail) implements Verdict {}

    private final FaceCamera camera;
    private final FaceVerifier verifier;
    private final RecordsGateway records;

    public FaceCheck(FaceCamera camera, FaceVerifier verifier, RecordsGateway records) {
        this.camera = camera;
        this.verifier = verifier;
        this.records = records;
    }

    /** Whether this kiosk can check faces right now (camera usable, models loaded). */
    public boolean available() {
        return camera != null && verifier != null && camera.status().usable() && verifier.unavailableReason().isEmpty();
    }

    /** Why not, for the technician. */
    public String unavailableDetail() {
        if (camera == null || verifier == null) return "no camera or verifier configured";
        return verifier.unavailableReason().orElse("camera " + camera.status().state() + ": " + camera.status().technicianDetail());
    }

    /**
     * Fetches the reference for {@code claimed} (she has consented) and checks the live face against it. Never throws
     * for a device, model or service fault: that is a refusal too.
     */
    public Verdict check(String sessionId, IdentifyRequest claimed, FaceVerifier.Listener listener) throws InterruptedException {
        if (!available()) return new Refused("identify.error.faceUnavailable", unavailableDetail());
        GatewayResult<byte[]> ref = records.referencePortrait(sessionId, claimed);
        if (ref instanceof GatewayResult.Failure<byte[]> f) {
            return new Refused(f.error() == org.govkiosk.records.GatewayError.NO_RECORD || f.error() == org.govkiosk.records.GatewayError.UNKNOWN_CITIZEN
                    ? "identify.error.noReference"
                    : f.citizenMessageKey(), "reference portrait: " + f.technicianDetail());
        }
        FaceVerifier.Result r;
        try {
            r = verifier.verify(camera, ((GatewayResult.Ok<byte[]>) ref).value(), listener);
        } catch (RuntimeException e) {
            return new Refused("identify.error.faceUnavailable", "verifier failed: " + e);
        }
        return switch (r.outcome()) {
            case ACCEPTED -> new Matched(r.score());
            case DIFFERENT_PERSON -> new Refused("identify.error.faceMismatch", r.technicianDetail());
            case LIVENESS_FAILED -> new Refused("identify.error.notLive", r.technicianDetail());
            case NO_GOOD_FRAME -> new Refused("identify.error.noFace", r.technicianDetail());
            case CAMERA_FAILED -> new Refused("identify.error.cameraFailed", r.technicianDetail());
            case BAD_REFERENCE -> new Refused("identify.error.noReference", r.technicianDetail());
            case UNAVAILABLE -> new Refused("identify.error.faceUnavailable", r.technicianDetail());
        };
    }
}
