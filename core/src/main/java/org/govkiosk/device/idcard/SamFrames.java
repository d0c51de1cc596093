package org.govkiosk.device.idcard;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * The SAM frame: {@code AA AA AA 96 69 | LEN1 LEN2 | body | CHK}. LEN (big-endian) counts the body and CHK;
 * CHK is the XOR of LEN1 through the last body byte. Host frames carry CMD PARA DATA as body, reader frames
 * SW1 SW2 SW3 DATA. Any byte array decodes to a body or a {@link SamFrameException}, nothing else.
 */
public final class SamFrames {
    public static final byte[] PREAMBLE = {(byte) 0xAA, (byte) 0xAA, (byte) 0xAA, (byte) 0x96, 0x69};
    /** Preamble and length field. */
    public static final int HEADER = PREAMBLE.length + 2;
    /**
     * The largest LEN a reader sends: 30 10 with 256 text + 1024 photo + 1024 fingerprint + 3 SW + 6 lengths + CHK,
     * with room to spare. A bigger LEN is noise, refused at once instead of waiting for bytes that never come.
     */
    public static final int MAX_LEN = 4096;

    private SamFrames() {}

    public static byte[] encode(byte[] body) {
        int len = body.length + 1;
        if (len > 0xFFFF) throw new IllegalArgumentException("body too long: " + body.length);
        byte[] f = new byte[HEADER + len];
        System.arraycopy(PREAMBLE, 0, f, 0, PREAMBLE.length);
        f[5] = (byte) (len >>> 8);
        f[6] = (byte) len;
        System.arraycopy(body, 0, f, HEADER, body.length);
        f[f.length - 1] = checksum(f, 5, f.length - 1);
        return f;
    }

    /** XOR of {@code f[from..to)}. */
    public static byte checksum(byte[] f, int from, int to) {
        int x = 0;
        for (int i = from; i < to; i++) x ^= f[i];
        return (byte) x;
    }

    /** Decodes exactly one complete frame (no leading or trailing bytes) to its body. */
    public static byte[] decode(byte[] frame) throws SamFrameException {
        if (frame == null || frame.length < HEADER) {
            throw new SamFrameException(SamFrameException.Reason.TRUNCATED, "frame of " + (frame == null ? 0 : frame.length)
                    + " bytes is shorter than preamble and length");
        }
        for (int i = 0; i < PREAMBLE.length; i++) {
            if (frame[i] != PREAMBLE[i]) {
                throw new SamFrameException(SamFrameException.Reason.BAD_PREAMBLE, "expected AA AA AA 96 69, got " + hex(frame, 0, PREAMBLE.length));
            }
        }
        int len = length(frame, 5);
        checkLength(len);
        if (frame.length < HEADER + len) {
            throw new SamFrameException(SamFrameException.Reason.TRUNCATED, "LEN " + len + " needs " + (HEADER + len)
                    + " bytes, got " + frame.length);
        }
        if (frame.length > HEADER + len) {
            throw new SamFrameException(SamFrameException.Reason.BAD_LENGTH, "LEN " + len + " but " + (frame.length - HEADER)
                    + " bytes follow the length field");
        }
        byte expected = checksum(frame, 5, frame.length - 1);
        if (expected != frame[frame.length - 1]) {
            throw new SamFrameException(SamFrameException.Reason.BAD_CHECKSUM, String.format("CHK %02X, computed %02X",
                    frame[frame.length - 1] & 0xFF, expected & 0xFF));
        }
        return Arrays.copyOfRange(frame, HEADER, frame.length - 1);
    }

    static int length(byte[] b, int at) {
        return ((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF);
    }

    static void checkLength(int len) throws SamFrameException {
        // The shortest legal frame body is CMD PARA (host) + CHK; reader bodies are longer.
        if (len < 3 || len > MAX_LEN) {
            throw new SamFrameException(SamFrameException.Reason.BAD_LENGTH, "LEN " + len + " outside 3.." + MAX_LEN);
        }
    }

    /** Decodes a reader frame to its status and data. */
    public static SamResponse decodeResponse(byte[] frame) throws SamFrameException {
        return SamResponse.ofBody(decode(frame));
    }

    /** Parses a hex dump as technicians paste it: spaces, colons, dashes and a 0x prefix are ignored. */
    public static byte[] parseHex(String text) throws SamFrameException {
        String clean = text.replaceAll("(?i)0x", "").replaceAll("[\\s:,\\-]", "");
        if (clean.isEmpty() || clean.length() % 2 != 0 || !clean.matches("[0-9a-fA-F]+")) {
            throw new SamFrameException(SamFrameException.Reason.NO_FRAME, "not a hex byte string (" + clean.length() + " hex digits)");
        }
        return HexFormat.of().parseHex(clean);
    }

    public static String hex(byte[] b, int from, int to) {
        return HexFormat.ofDelimiter(" ").withUpperCase().formatHex(b, from, Math.min(to, b.length));
    }
}
