package org.govkiosk.device.idcard;

import java.util.Arrays;

/**
 * The data of a successful read: text, photo and (for 30 10) fingerprint, each announced by a big-endian
 * length in front. Lengths that do not add up are a typed error, not an index exception.
 */
public record CardPayload(byte[] text, byte[] photo, byte[] fingerprint) {
    public static final int TEXT_SIZE = 256;
    public static final int PHOTO_SIZE = 1024;
    public static final int MAX_FINGERPRINT = 1024;

    public static CardPayload parse(byte[] data, boolean withFingerprint) throws SamFrameException {
        int counts = withFingerprint ? 3 : 2;
        if (data.length < counts * 2) {
            throw new SamFrameException(SamFrameException.Reason.BAD_PAYLOAD, "read data of " + data.length + " bytes has no length fields");
        }
        int textLen = SamFrames.length(data, 0);
        int photoLen = SamFrames.length(data, 2);
        int fpLen = withFingerprint ? SamFrames.length(data, 4) : 0;
        int at = counts * 2;
        if (textLen != TEXT_SIZE) {
            throw new SamFrameException(SamFrameException.Reason.BAD_PAYLOAD, "text length " + textLen + ", expected " + TEXT_SIZE);
        }
        if (photoLen > PHOTO_SIZE || fpLen > MAX_FINGERPRINT) {
            throw new SamFrameException(SamFrameException.Reason.BAD_PAYLOAD, "photo length " + photoLen + " / fingerprint length " + fpLen + " too large");
        }
        if (at + textLen + photoLen + fpLen != data.length) {
            throw new SamFrameException(SamFrameException.Reason.BAD_PAYLOAD, "lengths " + textLen + "+" + photoLen + "+" + fpLen
                    + " do not match " + (data.length - at) + " data bytes");
        }
        byte[] text = Arrays.copyOfRange(data, at, at + textLen);
        byte[] photo = Arrays.copyOfRange(data, at + textLen, at + textLen + photoLen);
        byte[] fp = Arrays.copyOfRange(data, at + textLen + photoLen, at + textLen + photoLen + fpLen);
        return new CardPayload(text, photo, fp);
    }

    /** The data bytes of a read answer (what the emulator sends after SW1 SW2 SW3). */
    public byte[] toData(boolean withFingerprint) {
        int counts = withFingerprint ? 3 : 2;
        byte[] d = new byte[counts * 2 + text.length + photo.length + (withFingerprint ? fingerprint.length : 0)];
        put(d, 0, text.length);
        put(d, 2, photo.length);
        if (withFingerprint) put(d, 4, fingerprint.length);
        int at = counts * 2;
        System.arraycopy(text, 0, d, at, text.length);
        System.arraycopy(photo, 0, d, at + text.length, photo.length);
        if (withFingerprint) System.arraycopy(fingerprint, 0, d, at + text.length + photo.length, fingerprint.length);
        return d;
    }

    private static void put(byte[] d, int at, int v) {
        d[at] = (byte) (v >>> 8);
        d[at + 1] = (byte) v;
    }
}
