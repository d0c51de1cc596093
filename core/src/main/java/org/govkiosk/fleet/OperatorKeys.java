package org.govkiosk.fleet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.govkiosk.config.ConfigException;

/**
 * The operator's Ed25519 key pair: the private key stays with the operator (PKCS#8 PEM, owner-only file), the
 * public key goes into every kiosk's {@code fleet.operatorKey} as one base64 line. A kiosk that is read by an
 * attacker gives away only the public key: it cannot be used to sign commands.
 */
public final class OperatorKeys {
    private static final String ALG = "Ed25519";
    private static final String PEM_HEAD = "-----BEGIN PRIVATE KEY-----";
    private static final String PEM_TAIL = "-----END PRIVATE KEY-----";

    private OperatorKeys() {}

    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(ALG).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK always has Ed25519 (JDK 15+)", e);
        }
    }

    /** The one line for {@code fleet.operatorKey}. */
    public static String publicKeyLine(PublicKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    public static PublicKey parsePublicKey(String line) {
        try {
            return KeyFactory.getInstance(ALG).generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(line.trim())));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new ConfigException("fleet.operatorKey is not an Ed25519 public key (kiosk.jar fleet keygen prints one): " + e.getMessage());
        }
    }

    public static void writePrivateKey(PrivateKey key, Path file) throws IOException {
        String pem = PEM_HEAD + "\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(key.getEncoded()) + "\n" + PEM_TAIL + "\n";
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        }
        Files.writeString(file, pem);
    }

    public static PrivateKey readPrivateKey(Path file) throws IOException {
        String pem = Files.readString(file);
        int a = pem.indexOf(PEM_HEAD);
        int b = pem.indexOf(PEM_TAIL);
        if (a < 0 || b < a) throw new IOException(file + " is not a PEM private key (" + PEM_HEAD + ")");
        try {
            byte[] der = Base64.getMimeDecoder().decode(pem.substring(a + PEM_HEAD.length(), b));
            return KeyFactory.getInstance(ALG).generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IOException(file + " is not an Ed25519 private key: " + e.getMessage(), e);
        }
    }

    public static byte[] sign(PrivateKey key, byte[] data) {
        try {
            Signature s = Signature.getInstance(ALG);
            s.initSign(key);
            s.update(data);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signing with an Ed25519 key cannot fail", e);
        }
    }

    public static boolean verify(PublicKey key, byte[] data, byte[] signature) {
        try {
            Signature s = Signature.getInstance(ALG);
            s.initVerify(key);
            s.update(data);
            return s.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
