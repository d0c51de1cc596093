package org.govkiosk.desktop.records;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.govkiosk.identity.IdAssurance;
import org.govkiosk.identity.IdentityDocument;
import org.govkiosk.certificate.CertificateDigest;
import org.govkiosk.records.CertificateGrant;
import org.govkiosk.records.CertificateStatus;
import org.govkiosk.records.CitizenRef;
import org.govkiosk.records.GatewayError;
import org.govkiosk.records.GatewayResult;
import org.govkiosk.records.IdentifyRequest;
import org.govkiosk.records.SignatureAlgorithm;
import org.govkiosk.records.http.HttpRecordsGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** requestCertificate -> signDigest -> verifyCertificate through the real client and service. */
@Timeout(60)
class CertificateCallsTest {
    private static final TestSealAuthority SEALS = new TestSealAuthority();
    private static EmbeddedRecordsService service;
    private static HttpRecordsGateway gateway;

    @BeforeAll
    static void start() throws Exception {
        service = EmbeddedRecordsService.start(ServiceFixture.serviceConfig(Map.of("records.service.citizens", "20")), SEALS, 0);
        gateway = ServiceFixture.client(service);
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    private static CitizenRef citizen(IdentityDocument d) {
        return gateway.identify("s-cert", new IdentifyRequest(d.type(), d.number(), IdAssurance.ID_CARD)).orNull();
    }

    @Test
    void grantSignAndVerify() throws Exception {
        CitizenRef who = citizen(DemoCitizens.NO_PROPERTY.document());
        CertificateGrant g = gateway.requestCertificate("s-cert", who, "FC-002").orNull();
        assertEquals("FC-002", g.itemCode());
        assertEquals("ZZ-FGJ", g.departmentCode());
        assertTrue(g.serial().startsWith("ZZ-FGJ-"), g.serial());
        assertEquals("无房", g.record().value("housingStatus").orElseThrow());
        assertArrayEquals(SEALS.sealImagePng("ZZ-FGJ"), g.sealPng());
        // The plain verification address: the kiosk adds serial and content digest to the QR code.
        assertEquals("https://zwfw.example.gov.cn/verify", g.verifyUrl());
        assertTrue(g.demo());

        assertEquals(CertificateStatus.State.UNKNOWN, gateway.verifyCertificate(g.serial()).orNull().state());

        // The department records the holder as she is on file, full name: the certificate prints it (not 王**).
        assertEquals(DemoCitizens.NO_PROPERTY.document().name(), g.holder().name());
        assertEquals(org.govkiosk.identity.Masking.idNumber(DemoCitizens.NO_PROPERTY.document().number()), g.holder().maskedNumber());
        byte[] content = CertificateDigest.canonicalContent(g);
        assertTrue(new String(content, java.nio.charset.StandardCharsets.UTF_8).contains(g.holder().name()), "the content covers the holder");

        byte[] digest = MessageDigest.getInstance("SHA-256").digest("the finished PDF".getBytes());
        byte[] sig = gateway.signDigest("s-cert", g.serial(), SignatureAlgorithm.CMS, digest, content).orNull();
        // The content digest bound into the signature is the one the department computed from its own record.
        assertArrayEquals(TestSealAuthority.expected("CMS", "ZZ-FGJ", digest, CertificateDigest.sha256(content)), sig);
        // Repeating the same request (a retry) is harmless.
        assertTrue(gateway.signDigest("s-cert", g.serial(), SignatureAlgorithm.CMS, digest, content).isOk());

        CertificateStatus st = gateway.verifyCertificate(g.serial()).orNull();
        assertEquals(CertificateStatus.State.VALID, st.state());
        // A printed QR carries the digest of the granted content, so that is what the department answers with.
        assertEquals(org.govkiosk.certificate.CertificateDigest.sha256Hex(g), st.contentDigestHex());
        assertEquals("FC-002", st.itemCode());
        // What the department vouches for, masked: the person checking compares it with the paper.
        assertEquals(org.govkiosk.identity.Masking.name(g.holder().name()), st.view().maskedName());
        assertEquals(g.holder().maskedNumber(), st.view().maskedNumber());
        assertEquals("无房", st.view().figures().stream().filter(x -> x.key().equals("housingStatus")).findFirst().orElseThrow().value());

        byte[] other = MessageDigest.getInstance("SHA-256").digest("a forged PDF".getBytes());
        GatewayResult.Failure<byte[]> f = assertInstanceOf(GatewayResult.Failure.class,
                gateway.signDigest("s-cert", g.serial(), SignatureAlgorithm.CMS, other, content));
        assertEquals(GatewayError.REJECTED, f.error());
        assertTrue(f.technicianDetail().contains("ALREADY_SIGNED"), f.technicianDetail());
        // The other algorithm on the same certificate is fine: a certificate carries an SM2 seal and a CMS signature.
        assertTrue(gateway.signDigest("s-cert", g.serial(), SignatureAlgorithm.SM2, CertificateDigest.sm3(content), content).isOk());
    }

    @Test
    void theDepartmentSealsOnlyTheContentItGranted() throws Exception {
        CertificateGrant g = gateway.requestCertificate("s", citizen(DemoCitizens.HOMEOWNER_WITH_MORTGAGE.document()), "FC-001").orNull();
        byte[] content = CertificateDigest.canonicalContent(g);
        long before = service.sealRefusals();
        String forged = new String(content, java.nio.charset.StandardCharsets.UTF_8).replace(g.holder().name(), "李四");
        GatewayResult.Failure<byte[]> f = assertInstanceOf(GatewayResult.Failure.class, gateway.signDigest("s", g.serial(),
                SignatureAlgorithm.CMS, new byte[32], forged.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(GatewayError.REJECTED, f.error());
        assertTrue(f.technicianDetail().contains("CONTENT_MISMATCH"), f.technicianDetail());
        GatewayResult.Failure<byte[]> sm2 = assertInstanceOf(GatewayResult.Failure.class,
                gateway.signDigest("s", g.serial(), SignatureAlgorithm.SM2, new byte[32], content));
        assertTrue(sm2.technicianDetail().contains("DIGEST_MISMATCH"), sm2.technicianDetail());
        assertEquals(before + 2, service.sealRefusals(), "each refusal is counted");
        // Nothing was signed, so the serial is still not a valid certificate.
        assertEquals(CertificateStatus.State.UNKNOWN, gateway.verifyCertificate(g.serial()).orNull().state());
    }

    @Test
    void sm2SignaturesGoToTheSm2Seal() {
        CitizenRef who = citizen(DemoCitizens.PENSIONER.document());
        CertificateGrant g = gateway.requestCertificate("s", who, "YL-006").orNull();
        byte[] content = CertificateDigest.canonicalContent(g);
        byte[] digest = CertificateDigest.sm3(content);
        assertArrayEquals(TestSealAuthority.expected("SM2", "ZZ-RSJ", digest),
                gateway.signDigest("s", g.serial(), SignatureAlgorithm.SM2, digest, content).orNull());
    }

    @Test
    void eachRequestGetsItsOwnSerial() {
        CitizenRef who = citizen(DemoCitizens.HOMEOWNER_WITH_MORTGAGE.document());
        String a = gateway.requestCertificate("s", who, "FC-001").orNull().serial();
        String b = gateway.requestCertificate("s", who, "FC-001").orNull().serial();
        assertNotEquals(a, b);
    }

    @Test
    void refusalsAreTyped() {
        CitizenRef who = citizen(DemoCitizens.HOMEOWNER_WITH_MORTGAGE.document());
        // FC-005 is screen-only: no certificate.
        assertEquals(GatewayError.REJECTED, error(gateway.requestCertificate("s", who, "FC-005")));
        assertEquals(GatewayError.NO_RECORD, error(gateway.requestCertificate("s", citizen(DemoCitizens.NO_RECORDS.document()), "FC-001")));
        assertEquals(GatewayError.REJECTED, error(gateway.signDigest("s", "ZZ-FGJ-20260101-00000000", SignatureAlgorithm.CMS, new byte[32], new byte[] {'{', '}'})));
        assertEquals(GatewayError.REJECTED, error(gateway.signDigest("s", "x", SignatureAlgorithm.CMS, new byte[5], new byte[1])));
        CertificateStatus unknown = gateway.verifyCertificate("ZZ-FGJ-20260101-DEADBEEF00").orNull();
        assertEquals(CertificateStatus.State.UNKNOWN, unknown.state());
        assertNull(unknown.contentDigestHex());
        assertFalse(gateway.verifyCertificate("../../etc").orNull().state() == CertificateStatus.State.VALID);
    }

    @Test
    void anotherKioskCannotSignMyCertificate() throws Exception {
        String serial = gateway.requestCertificate("s", citizen(DemoCitizens.PENSIONER.document()), "YL-006").orNull().serial();
        try (EmbeddedRecordsService two = EmbeddedRecordsService.start(ServiceFixture.serviceConfig(Map.of(
                "records.service.citizens", "5", "records.service.key.ZZ-GX-0002", "second-secret")), SEALS, 0)) {
            HttpRecordsGateway first = ServiceFixture.client(two);
            HttpRecordsGateway second = ServiceFixture.client(two, Map.of("records.kioskKeyId", "ZZ-GX-0002",
                    "records.kioskSecret", "second-secret"), java.util.List.of());
            IdentityDocument d = DemoCitizens.PENSIONER.document();
            CitizenRef mine = first.identify("s", new IdentifyRequest(d.type(), d.number(), IdAssurance.ID_CARD)).orNull();
            String s2 = first.requestCertificate("s", mine, "YL-006").orNull().serial();
            GatewayResult.Failure<byte[]> f = assertInstanceOf(GatewayResult.Failure.class,
                    second.signDigest("s", s2, SignatureAlgorithm.CMS, new byte[32], new byte[1]));
            assertEquals(GatewayError.UNAUTHORIZED, f.error(), f.technicianDetail());
            // A citizen token is bound to the kiosk it was issued to.
            assertEquals(GatewayError.UNKNOWN_CITIZEN, error(second.fetchRecord("s", mine, "YL-006")));
        }
        assertTrue(serial.startsWith("ZZ-RSJ-"));
    }

    private static GatewayError error(GatewayResult<?> r) {
        assertFalse(r.isOk(), () -> "expected failure, got " + r);
        return ((GatewayResult.Failure<?>) r).error();
    }
}
