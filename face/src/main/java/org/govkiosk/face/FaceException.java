package org.govkiosk.face;

/**
 * Something stopped the face pipeline. The message is for the technician (file names, sizes, causes); the
 * citizen sees plain words chosen by the caller from the subtype.
 */
public abstract sealed class FaceException extends Exception permits FaceModelException, UnreadableImageException {
    protected FaceException(String message, Throwable cause) {
        super(message, cause);
    }
}
