package org.govkiosk.desktop.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.govkiosk.identity.IdAssurance;
import org.govkiosk.identity.IdentityDocument;
import org.govkiosk.records.CitizenRef;
import org.govkiosk.records.GatewayError;
import org.govkiosk.records.GatewayResult;
import org.govkiosk.records.IdentifyRequest;
import org.govkiosk.records.ServiceHealth;
import org.govkiosk.records.http.HttpRecordsGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The client over real TLS: it trusts the configured trust store and nothing else. */
@Timeout(60)
class TlsTest {
    @Test
    void httpsWithTheConfiguredTrustStoreAndRefusalWithout(@TempDir Path dir) throws Exception {
        KeyPair kp = KeyPairGenerator.getInstance("EC").generateKeyPair();
        X500Name subject = new X500Name("CN=records.test");
        X509Certificate cert = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(subject,
                BigInteger.ONE, Date.from(Instant.now().minus(1, ChronoUnit.DAYS)), Date.from(Instant.now().plus(1, ChronoUnit.DAYS)),
                subject, kp.getPublic())
                .addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName(GeneralName.iPAddress, "127.0.0.1")))
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(kp.getPrivate())));
        char[] pass = "changeit".toCharArray();
        KeyStore keys = KeyStore.getInstance("PKCS12");
        keys.load(null, null);
        keys.setKeyEntry("server", kp.getPrivate(), pass, new X509Certificate[] {cert});
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, pass);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(kmf.getKeyManagers(), null, null);
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("records", cert);
        Path trustFile = dir.resolve("trust.p12");
        try (OutputStream out = Files.newOutputStream(trustFile)) {
            trust.store(out, pass);
        }

        try (EmbeddedRecordsService s = EmbeddedRecordsService.start(ServiceFixture.serviceConfig(Map.of("records.service.citizens", "5")),
                new TestSealAuthority(), 0, null, tls)) {
            assertEquals("https", s.url().getScheme());
            // The fixture's 500 ms connect timeout is for refusals; this call must succeed, and a TLS handshake on a
            // machine at load 25 took longer than that three times in a row.
            HttpRecordsGateway trusting = ServiceFixture.client(s, Map.of("records.trustStore", trustFile.toString(),
                    "records.trustStorePassword", "changeit", "records.connectTimeout", "10s", "records.readTimeout", "10s"),
                    java.util.List.of());
            IdentityDocument d = DemoCitizens.PENSIONER.document();
            CitizenRef ref = trusting.identify("s", new IdentifyRequest(d.type(), d.number(), IdAssurance.ID_CARD)).orNull();
            assertTrue(trusting.fetchRecord("s", ref, "YL-006").isOk());

            HttpRecordsGateway defaultTrust = ServiceFixture.client(s, Map.of("records.retries", "0", "records.connectTimeout", "10s"),
                    java.util.List.of());
            GatewayResult.Failure<ServiceHealth> f = assertInstanceOf(GatewayResult.Failure.class, defaultTrust.health());
            assertEquals(GatewayError.UNREACHABLE, f.error());
            assertTrue(f.technicianDetail().contains("TLS"), f.technicianDetail());
        }
    }

    @Test
    void aBrokenTrustStoreIsAClearConfigError(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.p12"), "not a key store");
        org.govkiosk.config.ConfigException e = org.junit.jupiter.api.Assertions.assertThrows(org.govkiosk.config.ConfigException.class,
                () -> new HttpRecordsGateway(org.govkiosk.config.KioskSettings.of(Map.of("records.trustStore", bad.toString())).records()));
        assertTrue(e.getMessage().startsWith("records.trustStore " + bad), e.getMessage());
    }
}
