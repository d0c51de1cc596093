package org.govkiosk.certificate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.govkiosk.config.KioskSettings;
import org.govkiosk.records.CitizenRef;
import org.govkiosk.records.GatewayError;
import org.govkiosk.sim.seal.DemoSealAuthority;
import org.govkiosk.testing.ExternalTool;
import org.govkiosk.i18n.Messages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CertificateServiceTest {
    @TempDir static Path dir;
    static KioskSettings config;
    static DemoSealAuthority authority;
    static CertificateFixtures.SealingGateway gateway;
    static CertificateService service;
    static CertificateVerifier verifier;
    static byte[] housingPdf;
    static byte[] pensionPdf;

    static final CitizenRef CITIZEN = new CitizenRef("tok", "张**");

    @BeforeAll
    static void issue() throws Exception {
        config = CertificateFixtures.config(dir);
        authority = CertificateFixtures.authority(config);
        gateway = new CertificateFixtures.SealingGateway(authority, Map.of(
                "HOUSING-INFO", CertificateFixtures.housingRecord(), "PENSION-PAY", CertificateFixtures.pensionRecord(70)));
        service = new CertificateService(gateway, config);
        verifier = new CertificateVerifier(authority.trustAnchors());
        housingPdf = service.issue("s-1", CertificateFixtures.housing(), CITIZEN, Messages.ZH);
        pensionPdf = service.issue("s-1", CertificateFixtures.pension(), CITIZEN, Messages.EN);
        Files.write(dir.resolve("housing.pdf"), housingPdf);
        Files.write(dir.resolve("pension.pdf"), pensionPdf);
        String keep = System.getProperty("certificates.keepIn");
        if (keep != null) {
            Files.createDirectories(Path.of(keep));
            Files.write(Path.of(keep, "housing.pdf"), housingPdf);
            Files.write(Path.of(keep, "pension.pdf"), pensionPdf);
        }
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d);
        }
    }

    static int pages(byte[] pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return d.getNumberOfPages();
        }
    }

    @Test
    void housingTextMatchesTheRecordAndMasksTheIdNumber() throws Exception {
        String t = text(housingPdf);
        assertTrue(t.contains("个人住房信息证明"), "a certificate is titled for what it proves, not as a query: " + t);
        assertTrue(t.contains("高新区科学大道100号3号楼2单元501室"), t);
        assertTrue(t.contains("89.52"), t);
        assertTrue(t.contains("登记住房套数"), t);
        assertTrue(t.contains("4101**********1234"), t);
        assertTrue(t.contains("张三丰"), "the holder as the department records her, not the kiosk's masked 张**: " + t);
        assertFalse(t.contains("张**"), t);
        assertFalse(t.contains("410105199001011234"), "full ID number must not be printed");
        assertTrue(t.contains("市住房保障和房地产管理局"), t);
        assertTrue(t.contains("2026-11-21 18:30:00"), "issued time in Asia/Shanghai: " + t);
        assertTrue(t.contains("ZZ-GX-0001"), t);
        assertTrue(t.contains("ZZ-2026-000001"), t);
        assertTrue(t.contains("第 1 页 / 共 1 页"), t);
        assertTrue(t.contains("DEMO"), t);
    }

    @Test
    void aOnePageRecordStaysOnOnePageInBothLanguagesAndUnder80Kb() throws Exception {
        for (java.util.Locale l : List.of(Messages.ZH, Messages.EN)) {
            byte[] pdf = service.issue("s-1", CertificateFixtures.housing(), CITIZEN, l);
            // issue 12: in English the issuer and seal ended alone on page 2; issue 15: a signed page under 80 KB.
            assertEquals(1, pages(pdf), l + ": " + text(pdf));
            assertTrue(pdf.length < 80 * 1024, l + ": " + pdf.length + " bytes");
            assertTrue(verifier.verify(pdf).valid(), verifier.verify(pdf).toString());
            String keep = System.getProperty("certificates.keepIn");
            if (keep != null) Files.write(Path.of(keep, "housing-" + l.getLanguage() + ".pdf"), pdf);
        }
    }

    @Test
    void longRecordsRunOverSeveralNumberedPagesInEnglish() throws Exception {
        String t = text(pensionPdf);
        int n = pages(pensionPdf);
        assertTrue(n >= 2, "70 months need more than one page, got " + n);
        for (int i = 1; i <= n; i++) assertTrue(t.contains("Page " + i + " of " + n), t);
        assertTrue(t.contains("2025-10") && t.contains("589.00"), "last month's row is printed: " + t);
        assertTrue(t.contains("Pension contributions"), t);
        // the header row repeats on each page
        assertEquals(n, t.split("Paid \\(CNY\\)", -1).length - 1, t);
    }

    @Test
    void bothFontsAreEmbeddedAsSubsets() throws Exception {
        ExternalTool.require("pdffonts", "poppler-utils");
        // Latin runs (digits, dates, serials, English) in Noto Sans, Chinese in Noto Sans SC, in either language.
        for (String pdf : List.of("housing.pdf", "pension.pdf")) {
            ExternalTool.Result r = ExternalTool.run(List.of("pdffonts", dir.resolve(pdf).toString()));
            assertEquals(0, r.exit(), r.output());
            List<String> fonts = Arrays.stream(r.output().split("\n")).filter(l -> l.contains("+")).toList();
            assertEquals(2, fonts.size(), pdf + ": " + r.output());
            for (String line : fonts) {
                assertTrue(line.matches("[A-Z]{6}\\+\\S+\\s+CID TrueType.*\\byes\\s+yes\\s+yes.*"), pdf + ": embedded subset with ToUnicode: " + line);
            }
            assertTrue(fonts.stream().anyMatch(l -> l.matches("[A-Z]{6}\\+NotoSansSC-Regular\\s.*")), pdf + ": " + r.output());
            assertTrue(fonts.stream().anyMatch(l -> l.matches("[A-Z]{6}\\+NotoSans-Regular\\s.*")), pdf + ": " + r.output());
        }
    }

    @Test
    void pdfsigValidatesAndATamperedCopyFails() throws Exception {
        ExternalTool.require("pdfsig", "poppler-utils");
        ExternalTool.Result ok = ExternalTool.run(List.of("pdfsig", dir.resolve("housing.pdf").toString()));
        assertTrue(ok.output().contains("Signature Validation: Signature is Valid."), ok.output());
        assertTrue(ok.output().contains("adbe.pkcs7.detached"), ok.output());

        Path bad = dir.resolve("tampered.pdf");
        Files.write(bad, tamper(housingPdf));
        ExternalTool.Result no = ExternalTool.run(List.of("pdfsig", bad.toString()));
        assertFalse(no.output().contains("Signature is Valid."), no.output());
    }

    @Test
    void qrDecodedByZbarFromPdftoppmMatchesAndVerifies() throws Exception {
        ExternalTool.require("pdftoppm", "poppler-utils");
        ExternalTool.require("zbarimg", "zbar-tools");
        ExternalTool.Result png = ExternalTool.run(List.of("pdftoppm", "-r", "150", "-gray", "-png", "-f", "1", "-l", "1",
                dir.resolve("housing.pdf").toString(), dir.resolve("page").toString()));
        assertEquals(0, png.exit(), png.output());
        Path page = Files.list(dir).filter(p -> p.getFileName().toString().startsWith("page")).findFirst().orElseThrow();
        ExternalTool.Result z = ExternalTool.run(List.of("zbarimg", "-q", "--raw", page.toString()));
        assertEquals(0, z.exit(), z.output());
        // zbarimg may also print D-Bus noise on machines without a system bus: take the decoded line.
        String payload = Arrays.stream(z.output().split("\n")).filter(l -> l.contains("?s=")).findFirst().orElseThrow(() -> new AssertionError(z.output()));
        VerificationCode code = VerificationCode.parse(payload).orElseThrow(() -> new AssertionError(z.output()));
        assertEquals("ZZ-2026-000001", code.serial());
        assertEquals("https://zwfw.example.gov.cn/verify", code.baseUrl());
        VerificationResult viaService = CertificateVerifier.verifyScanned(payload, gateway);
        assertTrue(viaService.valid(), viaService.toString());
    }

    @Test
    void verifierAcceptsBothAndReportsSm2Seal() {
        for (byte[] pdf : List.of(housingPdf, pensionPdf)) {
            VerificationResult r = verifier.verify(pdf);
            assertTrue(r.valid(), r.toString());
            assertTrue(r.demo());
            assertTrue(r.detail().contains("SM2 seal"), r.detail());
        }
    }

    @Test
    void verifierRejectsTamperingUntrustedSignersAndGarbage() throws Exception {
        assertEquals(VerificationResult.Reason.MODIFIED, verifier.verify(tamper(housingPdf)).reason());
        byte[] appended = Arrays.copyOf(housingPdf, housingPdf.length + 10);
        assertEquals(VerificationResult.Reason.MODIFIED, verifier.verify(appended).reason());
        assertEquals(VerificationResult.Reason.UNTRUSTED, new CertificateVerifier(List.of()).verify(housingPdf).reason());
        assertEquals(VerificationResult.Reason.SM2_INVALID, new CertificateVerifier(List.of(authority.caCertificate())).verify(housingPdf).reason(),
                "the SM2 seal maker must be an anchor too");
        assertEquals(VerificationResult.Verdict.UNREADABLE, verifier.verify("not a pdf at all".getBytes()).verdict());
        assertEquals(VerificationResult.Verdict.UNREADABLE, verifier.verify(Arrays.copyOf(housingPdf, 300)).verdict());
        try (PDDocument d = new PDDocument()) {
            d.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            d.save(out);
            assertEquals(VerificationResult.Reason.NOT_SIGNED, verifier.verify(out.toByteArray()).reason());
        }
    }

    @Test
    void aGenuinelySignedDocumentWithAWrongQrOrSealIsStillRejected() throws Exception {
        org.govkiosk.records.CertificateGrant grant = gateway.requestCertificate("s-9", CITIZEN, "HOUSING-INFO").orNull();
        CertificateRenderer renderer = new CertificateRenderer(config.certificate(), config.identity().kioskId(), config.screen().fontPath());
        VerificationCode wrongDigest = new VerificationCode("https://zwfw.example.gov.cn/verify", grant.serial(), "0".repeat(64));
        byte[] qrLies = signed(renderer.render(grant, CertificateFixtures.housing(), Messages.ZH, wrongDigest, null), grant);
        assertEquals(VerificationResult.Reason.QR_MISMATCH, verifier.verify(qrLies).reason());

        VerificationCode right = new VerificationCode("https://zwfw.example.gov.cn/verify", grant.serial(), CertificateDigest.sha256Hex(grant));
        byte[] otherSeal = authority.signSm2("HOUSING", CertificateDigest.sm3("other content".getBytes()));
        byte[] sealLies = signed(renderer.render(grant, CertificateFixtures.housing(), Messages.ZH, right, otherSeal), grant);
        assertEquals(VerificationResult.Reason.SM2_INVALID, verifier.verify(sealLies).reason());
    }

    static byte[] signed(byte[] unsigned, org.govkiosk.records.CertificateGrant grant) throws Exception {
        byte[] content = CertificateDigest.sha256(CertificateDigest.canonicalContent(grant));
        return CertificateSigner.sign(unsigned, "test", "test", "test", java.util.Calendar.getInstance(),
                digest -> authority.signCms("HOUSING", digest, content));
    }

    @Test
    void scannedCodesThatAreNotOursOrUnknownAreRejected() {
        assertEquals(VerificationResult.Reason.NOT_OURS, CertificateVerifier.verifyScanned("hello", gateway).reason());
        String unknown = new VerificationCode("https://x/verify", "ZZ-0", "0".repeat(64)).payload();
        assertEquals(VerificationResult.Reason.UNKNOWN_SERIAL, CertificateVerifier.verifyScanned(unknown, gateway).reason());
    }

    @Test
    void signingFailureIsATypedErrorWithCitizenWords() {
        gateway.failSigning = GatewayError.TIMEOUT;
        try {
            CertificateIssueException e = assertThrows(CertificateIssueException.class,
                    () -> service.issue("s-2", CertificateFixtures.housing(), CITIZEN, Messages.ZH));
            assertEquals("records.error.timeout", e.citizenMessageKey());
            assertTrue(e.retryable());
        } finally {
            gateway.failSigning = null;
        }
    }

    @Test
    void demoAuthorityReusesItsKeysAfterRestart() {
        DemoSealAuthority again = CertificateFixtures.authority(config);
        assertEquals(authority.caCertificate(), again.caCertificate());
        assertArrayEquals(authority.sealImagePng("HOUSING"), again.sealImagePng("HOUSING"));
        assertEquals(authority.chain("HOUSING").get(0), again.chain("HOUSING").get(0));
        assertTrue(new CertificateVerifier(again.trustAnchors()).verify(housingPdf).valid());
    }

    @Test
    void theDepartmentsSealIsKeptForTheNextStartAndDecodedByItsWarmUp() throws Exception {
        Path seals = dir.resolve("seal-cache");
        KioskSettings keeping = config.with(Map.of("certificate.sealCache", seals.toString()));
        new CertificateService(gateway, keeping).issue("s-2", CertificateFixtures.housing(), CITIZEN, Messages.ZH);
        byte[] housingSeal = authority.sealImagePng("HOUSING");
        List<byte[]> kept = new SealPictureCache(seals).pictures();
        assertEquals(1, kept.size());
        assertArrayEquals(housingSeal, kept.get(0));

        CertificateService restarted = new CertificateService(gateway, keeping);
        assertFalse(restarted.sealReady(housingSeal));
        restarted.warmUp();
        assertTrue(restarted.sealReady(housingSeal), "decoded at start, before its department's first citizen");
        assertTrue(new CertificateVerifier(authority.trustAnchors())
                .verify(restarted.issue("s-3", CertificateFixtures.housing(), CITIZEN, Messages.ZH)).valid());
    }

    /** Changes one byte inside the signed range (the first stream's content), keeping the file parseable. */
    static byte[] tamper(byte[] pdf) {
        byte[] copy = pdf.clone();
        String s = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
        int at = s.indexOf("stream\n") + 40;
        copy[at] ^= 0x01;
        return copy;
    }
}
