package org.govkiosk.certificate;

import java.io.IOException;
import java.util.GregorianCalendar;
import java.util.Locale;
import org.govkiosk.catalog.ItemOutput;
import org.govkiosk.catalog.ServiceItem;
import org.govkiosk.certificate.seal.Gbt38540;
import org.govkiosk.config.ConfigException;
import org.govkiosk.config.CertificateConfig;
import org.govkiosk.config.KioskSettings;
import org.govkiosk.records.CertificateGrant;
import org.govkiosk.records.CitizenRef;
import org.govkiosk.records.GatewayResult;
import org.govkiosk.records.RecordsGateway;
import org.govkiosk.records.SignatureAlgorithm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Issues one sealed certificate: asks the department for a grant (serial, record snapshot, seal image), asks it
 * for the GB/T 38540-style SM2 seal signature over the content where configured, renders the A4 PDF with the
 * verification QR, and has the department sign the PDF's digest (CMS). Blocking: call from a worker thread.
 */
public final class CertificateService {
    private static final Logger log = LoggerFactory.getLogger(CertificateService.class);

    /**
     * Dummy certificates made after the first screen, on a worker thread; ~20-40 ms each on 2 idle cores. 12 left the
     * first real certificate's render ~3x a warm one: the compiler had not got to its paths yet. Since the production
     * flags compile a method after 3x as many calls (jvm.options), 40 left the first real certificate at 85 ms against
     * 65 ms after 120, in the same minutes (issue 15).
     */
    private static final int WARM_UP_ROUNDS = 120;
    private final RecordsGateway gateway;
    private final CertificateConfig config;
    private final String kioskId;
    private final CertificateRenderer renderer;
    private final java.util.Optional<SealPictureCache> sealCache;

    /** @param fontPath {@code font.path}, when the site names the CJK font */
    public CertificateService(RecordsGateway gateway, CertificateConfig config, String kioskId, java.util.Optional<java.nio.file.Path> fontPath) {
        this(gateway, config, kioskId, new CertificateRenderer(config, kioskId, fontPath));
    }

    private CertificateService(RecordsGateway gateway, CertificateConfig config, String kioskId, CertificateRenderer renderer) {
        this.gateway = gateway;
        this.config = config;
        this.kioskId = kioskId;
        this.renderer = renderer;
        this.sealCache = SealPictureCache.fromConfig(config);
    }

    public CertificateService(RecordsGateway gateway, KioskSettings settings) {
        this(gateway, settings.certificate(), settings.identity().kioskId(), new CertificateRenderer(settings.certificate(),
                settings.identity().kioskId(), settings.screen().fontPath(), settings.screen().latinFontPath()));
    }

    /**
     * Loads the font and the PDF, QR, seal and signing machinery ahead of the first certificate (call from a worker
     * at start-up): a whole certificate for nobody is rendered and prepared for signing, then thrown away, so the
     * first citizen's certificate costs about what the next ones do (issue 15). Stops early when its thread is
     * interrupted (the kiosk is closing).
     */
    public void warmUp() throws IOException {
        renderer.warmUp();
        byte[] sm2 = null;
        if (config.sm2()) {
            try {
                sm2 = org.govkiosk.certificate.seal.Gbt38540.warmUp();
            } catch (java.security.GeneralSecurityException e) {
                log.debug("SM2 warm-up incomplete: {}", e.toString());
            }
        }
        byte[] seal = warmUpSeal(false);
        try {
            // With a seal picture: the first department seal decoded (PNG reader, soft mask) cost the first
            // certificate ~100 ms more than the next ones (issue 15).
            CertificateGrant dummy = new CertificateGrant("WARM-UP", "WARM-UP", "WARM-UP", java.time.Instant.EPOCH,
                    new CertificateGrant.Holder("", ""), new org.govkiosk.records.ItemRecord("WARM-UP",
                    java.util.List.of(new org.govkiosk.records.RecordField("k", likelyCharacters()), new org.govkiosk.records.RecordField("n", "1")),
                    warmUpTable(), java.time.Instant.EPOCH), seal, "https://warm.up/verify", false);
            ServiceItem item = new ServiceItem("WARM-UP", new org.govkiosk.catalog.Localized("预热", "warm-up"),
                    new org.govkiosk.catalog.Localized("", ""), "warm-up", new org.govkiosk.catalog.Department("WARM-UP",
                    new org.govkiosk.catalog.Localized("预热", "warm-up")), org.govkiosk.catalog.AssuranceRule.ID_CARD,
                    java.util.Set.of(ItemOutput.CERTIFICATE), java.util.List.of(), java.util.List.of(), true);
            int understood = gateway.warmUpCertificateCalls(dummy, WARM_UP_ROUNDS);
            log.debug("records client warm-up: {} of {} canned calls understood", understood, 3 * WARM_UP_ROUNDS);
            // Several rounds: the first loads the classes, the next ones let the JIT compile the hot paths.
            for (int i = 0; i < WARM_UP_ROUNDS && !Thread.currentThread().isInterrupted(); i++) {
                byte[] content = CertificateDigest.canonicalContent(dummy);
                CertificateDigest.sm3(content);
                byte[] unsigned = renderer.render(dummy, item, i % 2 == 0 ? java.util.Locale.SIMPLIFIED_CHINESE : java.util.Locale.ENGLISH,
                        new VerificationCode(dummy.verifyUrl(), dummy.serial(), java.util.HexFormat.of().formatHex(CertificateDigest.sha256(content))), sm2);
                CertificateSigner.sign(unsigned, "warm-up", "warm-up", "warm-up", java.util.Calendar.getInstance(), digest -> new byte[] {0x30, 0x00});
            }
        } catch (CertificateIssueException | RuntimeException e) {
            log.debug("certificate warm-up incomplete: {}", e.toString());
        } finally {
            renderer.forgetSeal(seal);
        }
        byte[] rgba = warmUpSeal(true);
        for (int i = 0; i < 4; i++) {
            renderer.sealPixels(rgba);
            renderer.forgetSeal(rgba);
        }
        if (!Thread.currentThread().isInterrupted()) sealCache.ifPresent(this::decodeKeptSeals);
    }

    /** Whether a department's seal picture is decoded, ready for its next certificate. */
    boolean sealReady(byte[] png) {
        return renderer.sealReady(png);
    }

    /** The departments' seals printed before the restart, ready for their first citizen (13-17 ms each, issue 15). */
    private void decodeKeptSeals(SealPictureCache cache) {
        for (byte[] png : cache.pictures()) {
            try {
                renderer.sealPixels(png);
            } catch (IOException | RuntimeException e) {
                log.warn("a kept seal picture cannot be decoded ({}); its department's next certificate decodes its own", e.toString());
            }
        }
    }

    /** A records table as most certificates carry (the table layout was cold on the first real one). */
    private static org.govkiosk.records.RecordTable warmUpTable() {
        java.util.List<java.util.List<String>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) rows.add(java.util.List.of("郑州市金水区花园路" + i + "号", "2024-0" + (i + 1) + "-15", "1234.5" + i, "正常"));
        return new org.govkiosk.records.RecordTable(java.util.List.of("address", "date", "amount", "status"), rows);
    }

    /**
     * A made-up seal for the warm-up, the size of a department's (400 px): a ring of one ink with soft edges, in
     * the one-ink palette form departments send ({@link OneInkPng}), or with {@code rgba} as an 8-bit RGBA PNG, the
     * other usual form. The decoding loops get compiled here; each real department's seal is still decoded once, on
     * its first certificate.
     */
    private static byte[] warmUpSeal(boolean rgba) {
        int size = 400;
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(size, size, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                double r = Math.hypot(x - size / 2.0, y - size / 2.0);
                int a = (int) Math.max(0, 255 - Math.abs(r - size * 0.4) * 10);
                img.setRGB(x, y, (Math.min(255, a) << 24) | 0xD01010);
            }
        }
        if (!rgba) return OneInkPng.encode(img, new java.awt.Color(0xD01010));
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(img, "png", png);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    /**
     * Every character of the built-in catalog (item names, departments, labels) and printable ASCII: the font loads
     * each glyph on first use, which made the first certificate ~4x slower than the next ones (issue 15).
     */
    private static String likelyCharacters() {
        StringBuilder sb = new StringBuilder();
        for (char c = 0x21; c < 0x7f; c++) sb.append(c);
        try (java.io.InputStream in = CertificateService.class.getResourceAsStream(org.govkiosk.catalog.JsonCatalog.BUILT_IN)) {
            if (in != null) {
                new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).codePoints().filter(c -> c >= 0x2E80).distinct()
                        .forEach(sb::appendCodePoint);
            }
        } catch (IOException e) {
            // ASCII only then
        }
        return sb.toString();
    }

    /**
     * The holder printed is the one the department records under the grant (full name, masked number), whatever
     * way she identified at the kiosk: the kiosk only knows a masked name after face or app identification.
     *
     * @return the signed PDF, ready for {@code DocumentPrinter.printPdf}
     */
    public byte[] issue(String sessionId, ServiceItem item, CitizenRef citizen, Locale locale)
            throws CertificateIssueException {
        if (!item.produces(ItemOutput.CERTIFICATE)) {
            throw new CertificateIssueException("print.error.notCertifiable", "item " + item.code() + " has no certificate output", false);
        }
        String outer = MDC.get("session");
        MDC.put("session", sessionId);
        try {
            return issueInSession(sessionId, item, citizen, locale);
        } finally {
            restore(outer);
        }
    }

    private byte[] issueInSession(String sessionId, ServiceItem item, CitizenRef citizen, Locale locale)
            throws CertificateIssueException {
        long started = System.nanoTime();
        CertificateGrant grant = value(gateway.requestCertificate(sessionId, citizen, item.code()), "grant");
        if (!item.code().equals(grant.itemCode())) {
            throw new CertificateIssueException("print.error.service", "grant is for item " + grant.itemCode() + ", asked " + item.code(), false);
        }
        if (!item.department().code().equals(grant.departmentCode())) {
            log.warn("grant {} names department {}, catalog item {} says {}", grant.serial(), grant.departmentCode(),
                    item.code(), item.department().code());
        }
        byte[] content = CertificateDigest.canonicalContent(grant);
        byte[] sm2 = null;
        if (config.sm2()) {
            byte[] sm3 = CertificateDigest.sm3(content);
            sm2 = value(gateway.signDigest(sessionId, grant.serial(), SignatureAlgorithm.SM2, sm3, content), "SM2 seal");
            checkSm2(sm2, sm3);
        }
        String baseUrl = grant.verifyUrl() == null || grant.verifyUrl().isBlank()
                ? config.verifyUrl()
                : grant.verifyUrl();
        VerificationCode code = new VerificationCode(baseUrl, grant.serial(), java.util.HexFormat.of().formatHex(CertificateDigest.sha256(content)));
        try {
            byte[] unsigned = renderer.render(grant, item, locale, code, sm2);
            byte[] signed = CertificateSigner.sign(unsigned, item.department().name().zh(), "信息证明 " + grant.serial(),
                    kioskId, GregorianCalendar.from(grant.issuedAt().atZone(java.time.ZoneOffset.UTC)),
                    digest -> value(gateway.signDigest(sessionId, grant.serial(), SignatureAlgorithm.CMS, digest, content), "CMS signature"));
            log.info("certificate {} for item {} issued: {} bytes in {} ms", grant.serial(), item.code(), signed.length,
                    (System.nanoTime() - started) / 1_000_000);
            if (grant.sealPng() != null) sealCache.ifPresent(c -> c.remember(grant.sealPng()));
            return signed;
        } catch (IOException e) {
            throw new CertificateIssueException("print.error.render", "rendering certificate " + grant.serial() + " failed: " + e, false, e);
        } catch (ConfigException e) {
            throw new CertificateIssueException("print.error.render", e.getMessage(), false, e);
        }
    }

    private static void checkSm2(byte[] der, byte[] sm3) throws CertificateIssueException {
        try {
            Gbt38540.Check c = Gbt38540.check(der);
            if (!c.signatureValid() || !c.sealValid() || !c.matches(sm3)) {
                throw new CertificateIssueException("print.error.sign", "SM2 seal from service does not verify over our digest", false);
            }
        } catch (IOException e) {
            throw new CertificateIssueException("print.error.sign", "SM2 seal from service is malformed: " + e.getMessage(), false, e);
        }
    }

    private static <T> T value(GatewayResult<T> result, String what) throws CertificateIssueException {
        if (result instanceof GatewayResult.Ok<T> ok && ok.value() != null) return ok.value();
        if (result instanceof GatewayResult.Failure<T> f) {
            throw new CertificateIssueException(f.citizenMessageKey(), what + ": " + f.error() + " " + f.technicianDetail(), f.retryable());
        }
        throw new CertificateIssueException("print.error.service", what + ": empty answer", true);
    }

    /** Leaves the caller's MDC as it was: the session owner may have set the key already. */
    private static void restore(String outerSession) {
        if (outerSession == null) MDC.remove("session");
        else MDC.put("session", outerSession);
    }
}
