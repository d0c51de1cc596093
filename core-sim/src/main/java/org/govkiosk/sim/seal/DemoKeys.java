package org.govkiosk.sim.seal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Key pairs and certificates of the demo authority, kept as PKCS#8 / X.509 DER files in its data directory. */
final class DemoKeys {
    static final BouncyCastleProvider BC = new BouncyCastleProvider();
    private static final SecureRandom RANDOM = new SecureRandom();

    record Entry(PrivateKey key, X509Certificate cert) {}

    private DemoKeys() {}

    static KeyPair rsa() throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048, RANDOM);
        return g.generateKeyPair();
    }

    static KeyPair ecP256() throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC", BC);
        g.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
        return g.generateKeyPair();
    }

    static KeyPair sm2() throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC", BC);
        g.initialize(new ECGenParameterSpec("sm2p256v1"), RANDOM);
        return g.generateKeyPair();
    }

    /** More extensions for a certificate being built (department code, extended key usage). */
    @FunctionalInterface
    interface Extensions {
        void add(X509v3CertificateBuilder b) throws IOException;
    }

    /** Issues a certificate; {@code issuer == null} makes it self-signed (a root). */
    static X509Certificate certify(String subjectDn, PublicKey subjectKey, Entry issuer, PrivateKey selfKey, boolean ca,
                                   String sigAlg, Duration validity) throws GeneralSecurityException {
        return certify(subjectDn, subjectKey, issuer, selfKey, ca, sigAlg, validity, b -> {});
    }

    static X509Certificate certify(String subjectDn, PublicKey subjectKey, Entry issuer, PrivateKey selfKey, boolean ca,
                                   String sigAlg, Duration validity, Extensions more) throws GeneralSecurityException {
        Instant now = Instant.now();
        X500Name subject = new X500Name(subjectDn);
        X500Name issuerName = issuer == null ? subject : X500Name.getInstance(issuer.cert().getSubjectX500Principal().getEncoded());
        X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(issuerName, new BigInteger(64, RANDOM).abs(),
                Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(validity)), subject, subjectKey);
        try {
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
            b.addExtension(Extension.keyUsage, true, ca ? new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)
                    : new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            more.add(b);
            PrivateKey signer = issuer == null ? selfKey : issuer.key();
            return new JcaX509CertificateConverter().setProvider(BC)
                    .getCertificate(b.build(new JcaContentSignerBuilder(sigAlg).setProvider(BC).build(signer)));
        } catch (IOException | OperatorCreationException e) {
            throw new GeneralSecurityException("cannot build demo certificate " + subjectDn, e);
        }
    }

    static void save(Path dir, String name, Entry e) throws IOException, GeneralSecurityException {
        Files.createDirectories(dir);
        Path key = dir.resolve(name + ".key");
        Files.write(key, e.key().getEncoded());
        try {
            Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system: demo keys only
        }
        Files.write(dir.resolve(name + ".crt"), e.cert().getEncoded());
    }

    static boolean exists(Path dir, String name) {
        return Files.isRegularFile(dir.resolve(name + ".key")) && Files.isRegularFile(dir.resolve(name + ".crt"));
    }

    static Entry load(Path dir, String name, String keyAlgorithm) throws IOException, GeneralSecurityException {
        PrivateKey key = KeyFactory.getInstance(keyAlgorithm, BC)
                .generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(dir.resolve(name + ".key"))));
        return new Entry(key, certificate(Files.readAllBytes(dir.resolve(name + ".crt"))));
    }

    static X509Certificate certificate(byte[] der) throws GeneralSecurityException {
        return (X509Certificate) CertificateFactory.getInstance("X.509", BC).generateCertificate(new ByteArrayInputStream(der));
    }

    static String pem(X509Certificate cert) throws IOException {
        StringWriter sw = new StringWriter();
        try (JcaPEMWriter w = new JcaPEMWriter(sw)) {
            w.writeObject(cert);
        }
        return sw.toString();
    }
}
