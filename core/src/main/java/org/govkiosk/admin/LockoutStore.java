package org.govkiosk.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The PIN lockout on disk, so a restart (power cycle, watchdog) does not forget it: {@code failures:lockedUntil}
 * with an HMAC-SHA256 under a key the site sets ({@code admin.lockoutKey}). A record that does not match its MAC,
 * or cannot be parsed, reads as {@link State#TAMPERED}: the verifier then locks for the maximum time.
 */
public final class LockoutStore {
    /** What the file said. */
    public record State(int failures, Instant lockedUntil, boolean tampered) {
        public static final State FRESH = new State(0, Instant.EPOCH, false);
        public static final State TAMPERED = new State(0, Instant.EPOCH, true);
    }

    private final Path file;
    private final byte[] key;

    public LockoutStore(Path file, byte[] key) {
        if (key.length < 16) throw new IllegalArgumentException("the lockout key needs at least 16 bytes");
        this.file = file;
        this.key = key.clone();
    }

    public State load() {
        if (!Files.exists(file)) return State.FRESH;
        try {
            String text = Files.readString(file, StandardCharsets.US_ASCII).trim();
            int cut = text.lastIndexOf(':');
            if (cut < 0) return State.TAMPERED;
            String body = text.substring(0, cut);
            byte[] given = HexFormat.of().parseHex(text.substring(cut + 1));
            if (!MessageDigest.isEqual(given, mac(body))) return State.TAMPERED;
            String[] parts = body.split(":");
            if (parts.length != 2) return State.TAMPERED;
            return new State(Integer.parseInt(parts[0]), Instant.ofEpochMilli(Long.parseLong(parts[1])), false);
        } catch (IOException | RuntimeException e) {
            return State.TAMPERED;
        }
    }

    public void save(int failures, Instant lockedUntil) throws IOException {
        String body = failures + ":" + Math.max(0, lockedUntil.toEpochMilli());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        if (file.getParent() != null) Files.createDirectories(file.getParent());
        Files.writeString(tmp, body + ":" + HexFormat.of().formatHex(mac(body)), StandardCharsets.US_ASCII);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private byte[] mac(String body) {
        try {
            Mac m = Mac.getInstance("HmacSHA256");
            m.init(new SecretKeySpec(key, "HmacSHA256"));
            return m.doFinal(("govkiosk-admin-lockout:" + body).getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
