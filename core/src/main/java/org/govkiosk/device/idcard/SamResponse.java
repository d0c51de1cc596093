package org.govkiosk.device.idcard;

import java.util.Arrays;

/** A decoded reader frame: SW1 SW2 SW3 and the data that follows. */
public record SamResponse(int sw1, int sw2, int sw3, byte[] data) {
    public static SamResponse ofBody(byte[] body) throws SamFrameException {
        if (body.length < 3) {
            throw new SamFrameException(SamFrameException.Reason.BAD_LENGTH, "reader frame body of " + body.length + " bytes has no SW1 SW2 SW3");
        }
        return new SamResponse(body[0] & 0xFF, body[1] & 0xFF, body[2] & 0xFF, Arrays.copyOfRange(body, 3, body.length));
    }

    public SamStatus status() {
        return SamStatus.of(sw3);
    }

    /** The complete frame a reader would send for this response. */
    public byte[] toFrame() {
        byte[] body = new byte[3 + data.length];
        body[0] = (byte) sw1;
        body[1] = (byte) sw2;
        body[2] = (byte) sw3;
        System.arraycopy(data, 0, body, 3, data.length);
        return SamFrames.encode(body);
    }

    public static SamResponse of(SamStatus status, byte... data) {
        return new SamResponse(0, 0, status.sw3(), data);
    }

    @Override
    public String toString() {
        return String.format("SamResponse[SW %02X %02X %02X, %d data bytes]", sw1, sw2, sw3, data.length);
    }
}
