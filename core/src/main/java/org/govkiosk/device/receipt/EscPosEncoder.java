package org.govkiosk.device.receipt;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Builds an ESC/POS byte stream. Chinese goes out as GB18030 inside {@code FS &}; characters outside the
 * two-byte area (rare name characters, which many printers lack) are replaced by a white square.
 */
public final class EscPosEncoder {
    public enum Align { LEFT, CENTER, RIGHT }

    public enum QrErrorCorrection { L, M, Q, H }

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final String REPLACEMENT = "\u25A1";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    public EscPosEncoder init() { return raw(EscPos.ESC, '@'); }

    public EscPosEncoder align(Align a) { return raw(EscPos.ESC, 'a', a.ordinal()); }

    public EscPosEncoder bold(boolean on) { return raw(EscPos.ESC, 'E', on ? 1 : 0); }

    /** GS ! n: width and height multipliers 1..8. */
    public EscPosEncoder size(int width, int height) {
        return raw(EscPos.GS, '!', ((clamp(width, 1, 8) - 1) << 4) | (clamp(height, 1, 8) - 1));
    }

    public EscPosEncoder chinese(boolean on) { return raw(EscPos.FS, on ? '&' : '.'); }

    public EscPosEncoder text(String s) {
        byte[] b = gb18030(s);
        out.write(b, 0, b.length);
        return this;
    }

    public EscPosEncoder line(String s) { return text(s).raw(EscPos.LF); }

    public EscPosEncoder feed(int lines) { return raw(EscPos.ESC, 'd', clamp(lines, 0, 255)); }

    /** GS ( k: model 2, module size, error correction, store, print. */
    public EscPosEncoder qr(String data, int moduleSize, QrErrorCorrection ec) {
        byte[] d = data.getBytes(StandardCharsets.UTF_8);
        raw(EscPos.GS, '(', 'k', 4, 0, 0x31, 65, 50, 0);
        raw(EscPos.GS, '(', 'k', 3, 0, 0x31, 67, clamp(moduleSize, 1, 16));
        raw(EscPos.GS, '(', 'k', 3, 0, 0x31, 69, 48 + ec.ordinal());
        int len = d.length + 3;
        raw(EscPos.GS, '(', 'k', len & 0xFF, (len >> 8) & 0xFF, 0x31, 80, 48);
        out.write(d, 0, d.length);
        return raw(EscPos.GS, '(', 'k', 3, 0, 0x31, 81, 48);
    }

    /** GS V 66 n: feed n dots then partial cut, so the receipt clears the cutter. */
    public EscPosEncoder cut(int feedDots) { return raw(EscPos.GS, 'V', 66, clamp(feedDots, 0, 255)); }

    public EscPosEncoder raw(int... bytes) {
        for (int b : bytes) out.write(b);
        return this;
    }

    public EscPosEncoder raw(byte[] bytes) {
        out.write(bytes, 0, bytes.length);
        return this;
    }

    public byte[] toBytes() { return out.toByteArray(); }

    public int size() { return out.size(); }

    /** GB18030, with four-byte sequences replaced: most receipt printers only know the two-byte area. */
    static byte[] gb18030(String s) {
        CharsetEncoder enc = GB18030.newEncoder().onUnmappableCharacter(CodingErrorAction.REPLACE);
        ByteArrayOutputStream b = new ByteArrayOutputStream(s.length() * 2);
        s.codePoints().forEach(cp -> {
            String ch = Character.isISOControl(cp) ? " " : new String(Character.toChars(cp));
            try {
                ByteBuffer bb = enc.reset().encode(CharBuffer.wrap(ch));
                byte[] bytes = new byte[bb.remaining()];
                bb.get(bytes);
                if (bytes.length == 4) bytes = REPLACEMENT.getBytes(GB18030);
                b.write(bytes, 0, bytes.length);
            } catch (java.nio.charset.CharacterCodingException e) {
                byte[] r = REPLACEMENT.getBytes(GB18030);
                b.write(r, 0, r.length);
            }
        });
        return b.toByteArray();
    }

    /** Display width in columns at normal size: CJK and full-width characters take two. */
    public static int columns(String s) {
        return s.codePoints().map(cp -> cp < 0x1100 ? 1 : 2).sum();
    }

    private static int clamp(int v, int lo, int hi) { return Math.max(lo, Math.min(hi, v)); }
}
