package org.govkiosk.face;

/** The bytes given as a photo or frame are not an image this pipeline can decode (corrupt, truncated, unknown). */
public final class UnreadableImageException extends FaceException {
    public UnreadableImageException(String message) {
        super(message, null);
    }

    public UnreadableImageException(String message, Throwable cause) {
        super(message, cause);
    }
}
