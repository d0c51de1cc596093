package org.govkiosk.device.idcard;

/** A frame that breaks the SAM framing rules. The only exception the codec throws for bad bytes. */
public class SamFrameException extends Exception {
    public enum Reason { BAD_PREAMBLE, BAD_LENGTH, BAD_CHECKSUM, TRUNCATED, NO_FRAME, BAD_PAYLOAD }

    private final Reason reason;

    public SamFrameException(Reason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    public Reason reason() { return reason; }
}
