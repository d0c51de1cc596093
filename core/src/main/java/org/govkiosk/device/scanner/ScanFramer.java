package org.govkiosk.device.scanner;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Cuts the scanner's byte stream into scans. A scan ends at a silence of the inter-character timeout, never at
 * a CR or LF alone: QR payloads may contain line breaks, and a scanner sends one scan as a single burst. The
 * configured suffix is stripped from the end. Not thread-safe: one reader thread feeds it.
 */
public final class ScanFramer {
    /** What one burst turned out to be. */
    public sealed interface Scan permits Payload, Rejected {}

    public record Payload(String text, boolean hadSuffix) implements Scan {}

    public record Rejected(String reason, int bytes) implements Scan {}

    private static final Charset GB18030 = Charset.forName("GB18030");

    private final byte[] suffix;
    private final int max;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private int dropped;

    public ScanFramer(ScannerSettings settings) {
        this.suffix = settings.suffix();
        this.max = settings.maxPayloadBytes();
    }

    public void feed(byte[] data, int off, int len) {
        if (dropped > 0 || buffer.size() + len > max + suffix.length) {
            // Oversize: keep nothing of it, but count it so the rejection says how much arrived.
            dropped += buffer.size() + len;
            buffer.reset();
            return;
        }
        buffer.write(data, off, len);
    }

    public boolean isEmpty() {
        return buffer.size() == 0 && dropped == 0;
    }

    /** The line has been quiet for the inter-character timeout: whatever arrived is one scan. */
    public Optional<Scan> silence() {
        if (dropped > 0) {
            int n = dropped;
            dropped = 0;
            return Optional.of(new Rejected("oversize: " + n + " bytes, limit " + max, n));
        }
        if (buffer.size() == 0) return Optional.empty();
        byte[] raw = buffer.toByteArray();
        buffer.reset();
        boolean hadSuffix = suffix.length > 0 && endsWith(raw, suffix);
        byte[] body = hadSuffix ? Arrays.copyOf(raw, raw.length - suffix.length) : raw;
        if (body.length == 0) return Optional.of(new Rejected("empty scan", raw.length));
        Optional<String> text = decode(body);
        if (text.isEmpty()) return Optional.of(new Rejected("undecodable bytes", raw.length));
        for (int i = 0; i < text.get().length(); i++) {
            char c = text.get().charAt(i);
            if (Character.isISOControl(c) && c != '\r' && c != '\n' && c != '\t') {
                return Optional.of(new Rejected(String.format("control character U+%04X at %d", (int) c, i), raw.length));
            }
        }
        return Optional.of(new Payload(text.get(), hadSuffix));
    }

    /** UTF-8 first (modern scanners, URLs); GB18030 for scanners left on the Chinese code page. */
    private static Optional<String> decode(byte[] body) {
        for (Charset cs : new Charset[] {StandardCharsets.UTF_8, GB18030}) {
            try {
                return Optional.of(cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString());
            } catch (CharacterCodingException e) {
                // try the next code page
            }
        }
        return Optional.empty();
    }

    private static boolean endsWith(byte[] raw, byte[] tail) {
        if (raw.length < tail.length) return false;
        for (int i = 0; i < tail.length; i++) {
            if (raw[raw.length - tail.length + i] != tail[i]) return false;
        }
        return true;
    }
}
