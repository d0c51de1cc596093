package org.govkiosk.device.camera;

/**
 * The live 1:1 check on the kiosk: guide whoever is in front of the camera to one good frame, ask for one random
 * action and see it done (liveness), and compare the face with the reference portrait of the claimed identity.
 * The live face never leaves the kiosk and is wiped before this returns; so is the reference.
 */
public interface FaceVerifier {
    enum Outcome {
        /** Live and the person of the reference. */
        ACCEPTED,
        /** Not the person of the reference (live or not). */
        DIFFERENT_PERSON,
        /** The asked action was not seen in time: a photo, a still screen, or someone who did not do it. */
        LIVENESS_FAILED,
        /** No usable frame in time (the last guidance says why). */
        NO_GOOD_FRAME,
        /** The camera stopped delivering, delivered one frozen picture, or could not be opened. */
        CAMERA_FAILED,
        /** The reference portrait has no usable face (the department's photo, not hers). */
        BAD_REFERENCE,
        /** The verifier cannot run (models missing or unloadable). */
        UNAVAILABLE
    }

    /** @param technicianDetail for the log only: no personal data, no image, no template */
    record Result(Outcome outcome, double score, String technicianDetail) {
        public boolean accepted() { return outcome == Outcome.ACCEPTED; }
    }

    /** What the screen shows while a check runs. Called on the check's worker thread: post to the UI thread. */
    interface Listener {
        Listener NONE = new Listener() {};

        /** A frame for the live preview; it is wiped when this returns, so copy what you keep. */
        default void preview(CameraFrame frame) {}

        /** What she should change ({@code face.guide.*} message key), when it changes. */
        default void guidance(String messageKey) {}

        /** The random action asked for ({@code face.challenge.*} message key). */
        default void challenge(String messageKey) {}

        /** How much of the asked movement has been seen, 0..1. */
        default void progress(double fraction) {}
    }

    /**
     * A check is likely soon (she chose the face way and is reading its consent): get ready, e.g. load models that
     * were released while idle. Returns at once; any thread.
     */
    default void prepare() {}

    /** Empty when it can check faces; else why not, for the technician (e.g. a missing model file). */
    java.util.Optional<String> unavailableReason();

    /**
     * Runs one check with {@code camera} against the reference portrait (PNG/JPEG bytes). Never throws for a camera
     * or model fault: that is a result too. The portrait is wiped before this returns.
     */
    Result verify(FaceCamera camera, byte[] referencePortrait, Listener listener) throws InterruptedException;
}
