package org.govkiosk.desktop.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSAbsentContent;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.govkiosk.catalog.JsonCatalog;
import org.govkiosk.catalog.ServiceItem;
import org.govkiosk.certificate.CertificateContent;
import org.govkiosk.certificate.CertificateDigest;
import org.govkiosk.certificate.CertificateRenderer;
import org.govkiosk.certificate.CertificateService;
import org.govkiosk.certificate.CertificateSigner;
import org.govkiosk.certificate.CertificateVerifier;
import org.govkiosk.certificate.CrlCache;
import org.govkiosk.certificate.GovKioskOids;
import org.govkiosk.certificate.VerificationCode;
import org.govkiosk.certificate.VerificationResult;
import org.govkiosk.certificate.VerificationResult.Reason;
import org.govkiosk.config.FontLocator;
import org.govkiosk.config.KioskSettings;
import org.govkiosk.i18n.Messages;
import org.govkiosk.identity.IdAssurance;
import org.govkiosk.identity.IdentityDocument;
import org.govkiosk.identity.Masking;
import org.govkiosk.records.CertificateGrant;
import org.govkiosk.records.CitizenRef;
import org.govkiosk.records.GatewayError;
import org.govkiosk.records.GatewayResult;
import org.govkiosk.records.IdentifyRequest;
import org.govkiosk.records.SignatureAlgorithm;
import org.govkiosk.records.http.HttpRecordsGateway;
import org.govkiosk.sim.seal.DemoSealAuthority;
import org.govkiosk.testing.ExternalTool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Red team: a rogue kiosk with valid credentials (its own kiosk key, a real citizen session) against the real
 * embedded records service over HTTP, the demo seal authority's real keys, TSA and CRL. Every forgery is refused
 * by the department or by the verifier (ours, the kiosk's scanned check); the genuine certificate stays valid in
 * ours and in pdfsig. Where the rogue needs a key it cannot get from the service (another department's, an expired
 * or revoked one), it reads it off the demo authority's disk: the case of a stolen department key.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RogueKioskTest {
    private static final BouncyCastleProvider BC = new BouncyCastleProvider();
    private static final String VERIFY_URL = "https://zwfw.example.gov.cn/verify";

    @TempDir static Path dir;
    static KioskSettings config;
    static DemoSealAuthority authority;
    static EmbeddedRecordsService service;
    static HttpRecordsGateway rogue;
    static CertificateService certificates;
    static CertificateRenderer renderer;
    static JsonCatalog catalog;
    static ServiceItem noHome;
    static CitizenRef lee;
    static CitizenRef wang;
    static byte[] genuine;
    static Path genuineFile;

    @BeforeAll
    static void start() throws Exception {
        config = ServiceFixture.serviceConfig().with(Map.of("records.service.citizens", "20",
                "certificate.demoSealDir", dir.resolve("seal").toString(), "certificate.sm2", "true"));
        catalog = JsonCatalog.load(config.catalog());
        authority = new DemoSealAuthority(dir.resolve("seal"), DemoSealAuthority.departmentNames(catalog), FontLocator.find(config.screen().fontPath()).orElse(null));
        // Key generation for eight departments is not what this test is about (and can outlast a read timeout).
        authority.prepare(catalog.everyItem().stream().map(i -> i.department().code()).distinct().toList());
        service = EmbeddedRecordsService.start(config, authority, 0);
        rogue = ServiceFixture.client(service);
        KioskSettings kiosk = ServiceFixture.kioskSettings(service, Map.of("certificate.demoSealDir", dir.resolve("seal").toString(),
                "certificate.sm2", "true"));
        certificates = new CertificateService(rogue, kiosk);
        renderer = new CertificateRenderer(kiosk.certificate(), kiosk.identity().kioskId(), kiosk.screen().fontPath());
        noHome = catalog.item("FC-002").orElseThrow();
        lee = identify(DemoCitizens.NO_PROPERTY.document());
        wang = identify(DemoCitizens.HOMEOWNER_WITH_MORTGAGE.document());
        genuine = certificates.issue("s-genuine", noHome, lee, Messages.ZH);
        genuineFile = dir.resolve("genuine.pdf");
        Files.write(genuineFile, genuine);
    }

    @AfterAll
    static void stop() {
        if (service != null) service.close();
    }

    static CitizenRef identify(IdentityDocument d) {
        return rogue.identify("s", new IdentifyRequest(d.type(), d.number(), IdAssurance.ID_CARD)).orNull();
    }

    /** The verifier as a checker has it: the anchors, the CRL the kiosk cached from the service, our address. */
    static CertificateVerifier verifier() {
        CrlCache cache = new CrlCache(dir.resolve("crl").resolve("ca.crl"));
        assertTrue(cache.refresh(rogue, authority.trustAnchors()), "the records service serves the CA's CRL");
        return new CertificateVerifier(authority.trustAnchors(), cache.current(), VERIFY_URL);
    }

    static Reason verdict(byte[] pdf) {
        VerificationResult r = verifier().verify(pdf);
        assertFalse(r.valid(), () -> "a forgery passed: " + r);
        return r.reason();
    }

    @Test
    void theGenuineCertificateIsValidInOurVerifierInPdfsigAndAtTheKiosk() throws Exception {
        VerificationResult r = verifier().verify(genuine);
        assertTrue(r.valid(), r.toString());
        assertTrue(r.detail().contains("timestamp"), r.detail());
        assertEquals(Masking.name(DemoCitizens.NO_PROPERTY.document().name()), r.view().maskedName());
        assertEquals("FC-002", r.view().itemCode());

        ExternalTool.require("pdfsig", "poppler-utils");
        ExternalTool.Result sig = ExternalTool.run(List.of("pdfsig", genuineFile.toString()));
        assertTrue(sig.output().contains("Signature Validation: Signature is Valid."), sig.output());

        VerificationResult scanned = CertificateVerifier.verifyScanned(payloadOf(genuine), rogue, VERIFY_URL);
        assertTrue(scanned.valid(), scanned.toString());
        assertEquals(r.view(), scanned.view(), "the department's record and the signed content say the same");
    }

    @Test
    void foreignContentIsNotSealed() throws Exception {
        // Wang owns a flat. The rogue asks for his 无房证明 grant, then asks to seal "no home" under an invented name.
        CertificateGrant g = rogue.requestCertificate("s-rogue", wang, "FC-002").orNull();
        String granted = new String(CertificateDigest.canonicalContent(g), StandardCharsets.UTF_8);
        long before = service.sealRefusals();
        for (String forged : List.of(granted.replace(g.holder().name(), "赵六"), granted.replace("有房", "无房"),
                granted.replace(g.serial(), g.serial() + "0"))) {
            if (forged.equals(granted)) continue;
            byte[] content = forged.getBytes(StandardCharsets.UTF_8);
            GatewayResult.Failure<byte[]> f = assertInstanceOf(GatewayResult.Failure.class,
                    rogue.signDigest("s-rogue", g.serial(), SignatureAlgorithm.CMS, new byte[32], content));
            assertEquals(GatewayError.REJECTED, f.error());
            assertTrue(f.technicianDetail().contains("CONTENT_MISMATCH"), f.technicianDetail());
            GatewayResult.Failure<byte[]> s = assertInstanceOf(GatewayResult.Failure.class,
                    rogue.signDigest("s-rogue", g.serial(), SignatureAlgorithm.SM2, CertificateDigest.sm3(content), content));
            assertTrue(s.technicianDetail().contains("CONTENT_MISMATCH"), s.technicianDetail());
        }
        assertTrue(service.sealRefusals() >= before + 4, "refusals are counted: " + service.sealRefusals());

        // Sealing the granted content but printing something else on the page: the signature binds the content the
        // department recorded, and that content (not the page) is what the checker is shown.
        byte[] lying = sealedByService(g, new VerificationCode(VERIFY_URL, g.serial(), CertificateDigest.sha256Hex(g)), content -> content);
        VerificationResult r = verifier().verify(lying);
        assertTrue(r.valid(), "the department did seal this content: " + r);
        assertEquals(Masking.name(g.holder().name()), r.view().maskedName(), "the checker sees Wang's record, not an invented name");
        // Swapping the content in the document for another (the forged "no home") breaks the binding.
        byte[] swapped = signedWithDepartmentKey(withContent(g, granted.replace(g.holder().name(), "赵六")), g, "ZZ-FGJ",
                CertificateDigest.sha256(CertificateDigest.canonicalContent(g)));
        assertEquals(Reason.CONTENT_MISMATCH, verdict(swapped));
    }

    @Test
    void anotherDepartmentsKeyIsRefused() throws Exception {
        CertificateGrant g = rogue.requestCertificate("s-rogue", lee, "FC-002").orNull();
        byte[] content = CertificateDigest.canonicalContent(g);
        // The provident fund's key (stolen, or an insider there) seals a housing bureau certificate.
        byte[] pdf = signedWithDepartmentKey(render(g, code(g)), g, "ZZ-GJJ", CertificateDigest.sha256(content));
        assertEquals(Reason.WRONG_DEPARTMENT, verdict(pdf));
    }

    @Test
    void aForgedQrIsRefused() throws Exception {
        CertificateGrant g = rogue.requestCertificate("s-rogue", lee, "FC-002").orNull();
        byte[] forgedDigest = sealedByService(g, new VerificationCode(VERIFY_URL, g.serial(), "ab".repeat(32)), c -> c);
        assertEquals(Reason.QR_MISMATCH, verdict(forgedDigest));
        String forged = new VerificationCode(VERIFY_URL, g.serial(), "ab".repeat(32)).payload();
        VerificationResult scanned = CertificateVerifier.verifyScanned(forged, rogue, VERIFY_URL);
        assertFalse(scanned.valid(), scanned.toString());
        assertEquals(Reason.QR_MISMATCH, scanned.reason());
        String invented = new VerificationCode(VERIFY_URL, "ZZ-FGJ-20260101-ABCDEF0123", "ab".repeat(32)).payload();
        assertEquals(Reason.UNKNOWN_SERIAL, CertificateVerifier.verifyScanned(invented, rogue, VERIFY_URL).reason());
    }

    @Test
    void aGenuineQrCopiedOntoOtherPaperIsRefusedOrShowsWhoseItIs() throws Exception {
        // Wang's own (genuinely sealed) paper with Lee's genuine QR pasted on: the QR is not this paper's.
        CertificateGrant g = rogue.requestCertificate("s-rogue", wang, "FC-001").orNull();
        String leesQr = payloadOf(genuine);
        VerificationCode copied = VerificationCode.parse(leesQr).orElseThrow();
        assertEquals(Reason.QR_MISMATCH, verdict(sealedByService(g, copied, c -> c)));
        // Scanned at a kiosk, the copied QR is Lee's certificate, and the screen says whose: compare with the paper.
        VerificationResult scanned = CertificateVerifier.verifyScanned(leesQr, rogue, VERIFY_URL);
        assertTrue(scanned.valid());
        assertEquals(Masking.name(DemoCitizens.NO_PROPERTY.document().name()), scanned.view().maskedName());
        assertNotEquals(Masking.name(g.holder().name()), scanned.view().maskedName());
        assertEquals("FC-002", scanned.view().itemCode());
    }

    @Test
    void anIncrementalUpdateAfterSigningIsRefused() throws Exception {
        try (PDDocument d = Loader.loadPDF(genuine)) {
            PDDocumentInformation info = d.getDocumentInformation();
            info.setTitle("无房证明 (amended)");
            info.getCOSObject().setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            d.saveIncremental(out);
            byte[] updated = out.toByteArray();
            assertTrue(updated.length > genuine.length);
            assertEquals(Reason.MODIFIED, verdict(updated));
        }
    }

    @Test
    void aQrLeadingElsewhereIsRefused() throws Exception {
        CertificateGrant g = rogue.requestCertificate("s-rogue", lee, "FC-002").orNull();
        VerificationCode elsewhere = new VerificationCode("https://other.example/fake", g.serial(), CertificateDigest.sha256Hex(g));
        assertEquals(Reason.URL_NOT_OURS, verdict(sealedByService(g, elsewhere, c -> c)));
        VerificationResult scanned = CertificateVerifier.verifyScanned(elsewhere.payload(), rogue, VERIFY_URL);
        assertEquals(Reason.URL_NOT_OURS, scanned.reason());
        assertEquals("print.verify.url_not_ours", scanned.reason().citizenMessageKey());
        assertTrue(new Messages(Messages.ZH).get(scanned.reason().citizenMessageKey()).contains("不是政务核验网址"));
    }

    @Test
    void aClaimedSigningTimeInsideAnExpiredKeysValidityDoesNotHelp() throws Exception {
        CertificateGrant g = rogue.requestCertificate("s-rogue", lee, "FC-002").orNull();
        byte[] contentSha = CertificateDigest.sha256(CertificateDigest.canonicalContent(g));
        // An old housing bureau key, valid 2020-2021 only, certified by the CA (the CA key read off the demo disk).
        KeyPairGenerator kpg = KeyPairGenerator.getInstance("RSA");
        kpg.initialize(2048);
        KeyPair old = kpg.generateKeyPair();
        X509Certificate oldCert = departmentCertificate(old, "ZZ-FGJ", Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2021-12-31T00:00:00Z"));
        Date claimed = Date.from(Instant.parse("2021-06-01T00:00:00Z"));
        byte[] unsigned = render(g, code(g));
        byte[] stamped = CertificateSigner.sign(unsigned, "x", "x", "x", Calendar.getInstance(),
                digest -> rogueCms(old.getPrivate(), oldCert, digest, contentSha, claimed, true));
        VerificationResult r = verifier().verify(stamped);
        assertEquals(Reason.UNTRUSTED, r.reason(), r.toString());
        assertTrue(r.detail().contains("claimed signing time 2021-06-01"), r.detail());
        byte[] unstamped = CertificateSigner.sign(render(g, code(g)), "x", "x", "x", Calendar.getInstance(),
                digest -> rogueCms(old.getPrivate(), oldCert, digest, contentSha, claimed, false));
        assertEquals(Reason.NO_TIMESTAMP, verdict(unstamped));
    }

    @Test
    void aRevokedDepartmentKeySaysSo() throws Exception {
        // The county tax office (no other test uses it) loses its key; the thief keeps signing after the revocation.
        CertificateGrant g = rogue.requestCertificate("s-rogue", lee, "FC-002").orNull();
        authority.prepare(List.of("ZZ-SWJ"));
        Path keyDir = dir.resolve("seal").resolve("departments").resolve("ZZ-SWJ");
        PrivateKey stolen = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(keyDir.resolve("cms.key"))));
        X509Certificate stolenCert = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(Files.newInputStream(keyDir.resolve("cms.crt")));
        authority.revoke("ZZ-SWJ");
        // A content of the tax office, so the department check passes and only the revocation is left to catch.
        String taxContent = new String(CertificateDigest.canonicalContent(g), StandardCharsets.UTF_8).replace("\"ZZ-FGJ\"", "\"ZZ-SWJ\"");
        CertificateGrant tax = grantOf(CertificateContent.parse(taxContent.getBytes(StandardCharsets.UTF_8)), g);
        byte[] pdf = CertificateSigner.sign(render(tax, code(tax)), "x", "x", "x", Calendar.getInstance(),
                digest -> rogueCms(stolen, stolenCert, digest, CertificateDigest.sha256(CertificateDigest.canonicalContent(tax)), new Date(), true));
        VerificationResult r = verifier().verify(pdf);
        assertEquals(Reason.KEY_REVOKED, r.reason(), r.toString());
        assertEquals("print.verify.key_revoked", r.reason().citizenMessageKey());
        // Without the CRL (a kiosk that never reached the service) the check says it could not look.
        VerificationResult noCrl = new CertificateVerifier(authority.trustAnchors(), List.of(), VERIFY_URL).verify(pdf);
        assertTrue(noCrl.detail().contains("revocation not checked"), noCrl.detail());
    }

    // --- the rogue kiosk's tools -------------------------------------------------------------------------------

    interface ContentEdit {
        byte[] apply(byte[] content);
    }

    static VerificationCode code(CertificateGrant g) {
        return new VerificationCode(VERIFY_URL, g.serial(), CertificateDigest.sha256Hex(g));
    }

    static byte[] render(CertificateGrant g, VerificationCode code) throws Exception {
        return renderer.render(g, catalog.item(g.itemCode()).orElseThrow(), Messages.ZH, code, null);
    }

    /** Renders its own page with the given QR and has the department seal it (the kiosk's credentials are valid). */
    static byte[] sealedByService(CertificateGrant g, VerificationCode code, ContentEdit edit) throws Exception {
        byte[] content = edit.apply(CertificateDigest.canonicalContent(g));
        return CertificateSigner.sign(render(g, code), "x", "x", "x", Calendar.getInstance(),
                digest -> rogue.signDigest("s-rogue", g.serial(), SignatureAlgorithm.CMS, digest, content).orNull());
    }

    /** The page rendered for a grant, but carrying other content in its metadata. */
    static byte[] withContent(CertificateGrant g, String content) throws Exception {
        try (PDDocument d = Loader.loadPDF(render(g, code(g)))) {
            d.getDocumentInformation().setCustomMetadataValue(CertificateRenderer.META_CONTENT,
                    java.util.Base64.getEncoder().encodeToString(content.getBytes(StandardCharsets.UTF_8)));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            d.save(out);
            return out.toByteArray();
        }
    }

    static byte[] signedWithDepartmentKey(byte[] unsigned, CertificateGrant g, String department, byte[] contentSha) throws Exception {
        return CertificateSigner.sign(unsigned, "x", "x", "x", Calendar.getInstance(),
                digest -> authority.signCms(department, digest, contentSha));
    }

    static CertificateGrant grantOf(CertificateContent c, CertificateGrant like) {
        return new CertificateGrant(c.serial(), c.itemCode(), c.departmentCode(), c.issuedAt(),
                new CertificateGrant.Holder(c.holderName(), c.holderMaskedNumber()), like.record(), like.sealPng(), like.verifyUrl(), like.demo());
    }

    static String payloadOf(byte[] pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return org.govkiosk.certificate.QrCodes.decodePrinted(d).orElseThrow();
        }
    }

    static X509Certificate departmentCertificate(KeyPair keys, String department, Instant from, Instant to) throws Exception {
        Path seal = dir.resolve("seal");
        PrivateKey caKey = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(seal.resolve("demo-ca.key"))));
        X509Certificate ca = authority.caCertificate();
        JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(X500Name.getInstance(ca.getSubjectX500Principal().getEncoded()),
                BigInteger.valueOf(System.nanoTime()), Date.from(from), Date.from(to), new X500Name("CN=" + department + " old key"), keys.getPublic());
        b.addExtension(GovKioskOids.DEPARTMENT_CODE, false, new DERUTF8String(department));
        return new JcaX509CertificateConverter().setProvider(BC).getCertificate(b.build(new JcaContentSignerBuilder("SHA256withRSA").build(caKey)));
    }

    /** A CMS signature made outside the department, claiming its own signing time, optionally with a real timestamp. */
    static byte[] rogueCms(PrivateKey key, X509Certificate cert, byte[] pdfSha, byte[] contentSha, Date claimed, boolean stamp) {
        try {
            ASN1EncodableVector attrs = new ASN1EncodableVector();
            attrs.add(new Attribute(GovKioskOids.CONTENT_DIGEST, new DERSet(new DEROctetString(contentSha))));
            attrs.add(new Attribute(CMSAttributes.signingTime, new DERSet(new Time(claimed))));
            DigestCalculator sha = new JcaDigestCalculatorProviderBuilder().build().get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256));
            org.bouncycastle.operator.DigestCalculatorProvider given = alg -> new DigestCalculator() {
                @Override public AlgorithmIdentifier getAlgorithmIdentifier() { return sha.getAlgorithmIdentifier(); }
                @Override public java.io.OutputStream getOutputStream() { return java.io.OutputStream.nullOutputStream(); }
                @Override public byte[] getDigest() { return pdfSha.clone(); }
            };
            CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
            gen.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(given)
                    .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(new AttributeTable(attrs)))
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(key), cert));
            gen.addCertificates(new JcaCertStore(List.of(cert, authority.caCertificate())));
            CMSSignedData sd = gen.generate(new CMSAbsentContent(), false);
            if (!stamp) return sd.getEncoded("DER");
            SignerInformation si = sd.getSignerInfos().getSigners().iterator().next();
            byte[] token = authority.timestampAuthority().stamp(CertificateDigest.sha256(si.getSignature()));
            si = SignerInformation.replaceUnsignedAttributes(si, new AttributeTable(new Attribute(
                    PKCSObjectIdentifiers.id_aa_signatureTimeStampToken, new DERSet(ASN1Primitive.fromByteArray(token)))));
            return CMSSignedData.replaceSigners(sd, new SignerInformationStore(si)).getEncoded("DER");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
