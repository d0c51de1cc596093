package org.govkiosk.bench;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.govkiosk.catalog.ServiceItem;
import org.govkiosk.certificate.CertificateFixtures;
import org.govkiosk.certificate.CertificateService;
import org.govkiosk.certificate.QrCodes;
import org.govkiosk.config.FontLocator;
import org.govkiosk.config.KioskSettings;
import org.govkiosk.i18n.Messages;
import org.govkiosk.records.CitizenRef;
import org.govkiosk.records.ItemRecord;
import org.govkiosk.sim.seal.DemoSealAuthority;

/**
 * Issue 15's harness: the project's render + seal + sign of one certificate against the libraries' floor, side by
 * side in one run (the two alternate, so load hits both alike). The floor is a plain PDFBox + BouncyCastle job on
 * the same page: the same text lines (taken from our certificate) in the same subset font (parsed once, as ours),
 * the same QR image, saved, then PDFBox external signing with a detached CMS (RSA-2048, SHA-256, default signed
 * attributes). Ours adds what the department does: the content check, the GB/T 38540 SM2 seal, the content-digest
 * attribute, the RFC 3161 timestamp, and the seal image. The department is in-process here; the HTTP round trips
 * of the real flow are measured by desktop's CertificateIssueBenchmark. Timing never goes into assertions.
 */
public final class CertificateFloorBenchmark {
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        Path dir = Files.createTempDirectory("cert-floor");
        KioskSettings config = CertificateFixtures.config(dir);
        DemoSealAuthority authority = CertificateFixtures.authority(config);
        Map<String, ItemRecord> records = Map.of("HOUSING-INFO", CertificateFixtures.housingRecord());
        CertificateService service = new CertificateService(new CertificateFixtures.SealingGateway(authority, records), config);
        service.warmUp();
        ServiceItem housing = CertificateFixtures.housing();
        CitizenRef citizen = new CitizenRef("t", "张*");
        byte[] ours = service.issue("b", housing, citizen, Messages.ZH);
        List<String> lines;
        try (PDDocument d = Loader.loadPDF(ours)) {
            lines = new PDFTextStripper().getText(d).lines().filter(l -> !l.isBlank()).toList();
        }
        String qrPayload = "https://zwfw.example.gov.cn/verify?s=ZZ-2026-000001&d=" + "ab".repeat(32);
        Floor floor = new Floor(FontLocator.require(config.screen().fontPath()), lines, qrPayload);
        byte[] plain = floor.run();

        for (int i = 0; i < Math.max(20, n / 5); i++) {
            floor.run();
            service.issue("b", housing, citizen, Messages.ZH);
        }
        List<Long> a = new ArrayList<>(n);
        List<Long> b = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            floor.run();
            long t1 = System.nanoTime();
            service.issue("b", housing, citizen, Messages.ZH);
            long t2 = System.nanoTime();
            a.add(t1 - t0);
            b.add(t2 - t1);
        }
        Collections.sort(a);
        Collections.sort(b);
        double fa = a.get(n / 2) / 1e6;
        double fb = b.get(n / 2) / 1e6;
        System.out.printf("floor: plain PDFBox + BC render and CMS sign, %d text lines, same font and QR  n=%d p50=%.2f ms p90=%.2f ms, %d bytes%n",
                lines.size(), n, fa, a.get(n * 9 / 10) / 1e6, plain.length);
        System.out.printf("ours:  grant check + SM2 seal + render with seal + CMS with content digest + RFC 3161 timestamp  n=%d p50=%.2f ms p90=%.2f ms, %d bytes%n",
                n, fb, b.get(n * 9 / 10) / 1e6, ours.length);
        System.out.printf("ratio ours/floor (p50): %.2f   (goal: within 2.0)%n", fb / fa);
        System.out.printf("cpus=%d java=%s load=%s%n", Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Files.readString(Path.of("/proc/loadavg")).trim());
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    /** The libraries alone: what any PDFBox + BouncyCastle program would do for the same page. */
    static final class Floor {
        private final TrueTypeFont ttf;
        private final List<String> lines;
        private final String qr;
        private final java.security.PrivateKey key;
        private final X509Certificate cert;

        Floor(Path font, List<String> lines, String qr) throws Exception {
            this.ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(font.toFile()));
            this.lines = lines;
            this.qr = qr;
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            KeyPair kp = g.generateKeyPair();
            this.key = kp.getPrivate();
            ContentSigner self = new JcaContentSignerBuilder("SHA256withRSA").build(key);
            this.cert = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(new X500Name("CN=floor"),
                    java.math.BigInteger.ONE, Date.from(Instant.now().minusSeconds(60)), Date.from(Instant.now().plusSeconds(86400)),
                    new X500Name("CN=floor"), kp.getPublic()).build(self));
        }

        byte[] run() throws Exception {
            byte[] unsigned;
            try (PDDocument doc = new PDDocument()) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                PDType0Font font = PDType0Font.load(doc, ttf, true);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    float y = 780;
                    for (String l : lines) {
                        cs.beginText();
                        cs.setFont(font, 11);
                        cs.newLineAtOffset(56, y);
                        cs.showText(l.replace("\t", " "));
                        cs.endText();
                        y -= 18;
                    }
                    cs.drawImage(LosslessFactory.createFromImage(doc, QrCodes.image(qr, 4)), 56, 46, 80, 80);
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                doc.save(out);
                unsigned = out.toByteArray();
            }
            try (PDDocument doc = Loader.loadPDF(unsigned); SignatureOptions o = new SignatureOptions()) {
                PDSignature sig = new PDSignature();
                sig.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
                sig.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
                sig.setSignDate(Calendar.getInstance());
                o.setPreferredSignatureSize(8192);
                doc.addSignature(sig, o);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ExternalSigningSupport ext = doc.saveIncrementalForExternalSigning(out);
                byte[] content;
                try (InputStream in = ext.getContent()) {
                    content = in.readAllBytes();
                }
                CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
                gen.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                        .build(new JcaContentSignerBuilder("SHA256withRSA").build(key), cert));
                gen.addCertificates(new JcaCertStore(List.of(cert)));
                ext.setSignature(gen.generate(new CMSProcessableByteArray(content), false).getEncoded());
                MessageDigest.getInstance("SHA-256");
                return out.toByteArray();
            }
        }
    }
}
