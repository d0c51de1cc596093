package org.govkiosk.admin;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A salted PBKDF2-HMAC-SHA256 hash of the technician PIN, written {@code iterations:saltHex:hashHex} in
 * {@code admin.pinHash}. Salted and slow on purpose: a stolen config file must not give the PIN away the way an
 * unsalted MD5 would.
 */
public record PinHash(int iterations, byte[] salt, byte[] hash) {
    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; about a second on a kiosk's ARM board, once per login. */
    public static final int DEFAULT_ITERATIONS = 600_000;
    /**
     * The least work factor a configured hash may have: below it a stolen config file gives the PIN away in
     * minutes (an 8-digit PIN space at 1000 iterations falls in about an hour on one GPU).
     */
    public static final int MIN_ITERATIONS = 100_000;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

    public PinHash {
        if (iterations < 1000) throw new IllegalArgumentException("at least 1000 iterations, not " + iterations);
        if (salt.length < 8) throw new IllegalArgumentException("salt of at least 8 bytes");
        if (hash.length != HASH_BITS / 8) throw new IllegalArgumentException("hash must be 32 bytes, not " + hash.length);
        salt = salt.clone();
        hash = hash.clone();
    }

    public static PinHash create(char[] pin, int iterations, SecureRandom random) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return new PinHash(iterations, salt, derive(pin, salt, iterations));
    }

    /**
     * A hash from the site config.
     *
     * @throws IllegalArgumentException with the reason when the text is not {@code iterations:saltHex:hashHex} or
     *                                  has fewer than {@link #MIN_ITERATIONS} iterations
     */
    public static PinHash parse(String text) {
        String[] parts = text.trim().split(":");
        if (parts.length != 3) throw new IllegalArgumentException("expected iterations:saltHex:hashHex");
        try {
            int iterations = Integer.parseInt(parts[0]);
            if (iterations < MIN_ITERATIONS) {
                throw new IllegalArgumentException(iterations + " iterations is too weak, at least " + MIN_ITERATIONS
                        + " (run 'java -jar kiosk.jar hash-pin' again)");
            }
            return new PinHash(Integer.parseInt(parts[0]), HexFormat.of().parseHex(parts[1]), HexFormat.of().parseHex(parts[2]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number or not hex: " + e.getMessage(), e);
        }
    }

    public boolean matches(char[] pin) {
        // MessageDigest.isEqual takes the same time wherever the first difference is.
        return MessageDigest.isEqual(hash, derive(pin, salt, iterations));
    }

    static byte[] derive(char[] pin, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(pin, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17 runtime", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** The value for {@code admin.pinHash}. */
    public String format() {
        return iterations + ":" + HexFormat.of().formatHex(salt) + ":" + HexFormat.of().formatHex(hash);
    }

    @Override public byte[] salt() { return salt.clone(); }

    @Override public byte[] hash() { return hash.clone(); }

    @Override
    public String toString() {
        return "PinHash[" + iterations + " iterations]";
    }
}
