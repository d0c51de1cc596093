package org.govkiosk.certificate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;
import org.govkiosk.catalog.ResultField;
import org.govkiosk.catalog.ServiceItem;
import org.govkiosk.config.FontLocator;
import java.util.Optional;
import org.govkiosk.config.CertificateConfig;
import org.govkiosk.records.CertificateGrant;
import org.govkiosk.records.RecordField;
import org.govkiosk.records.RecordTable;
import org.govkiosk.i18n.Messages;

/**
 * Lays out an A4 information certificate with PDFBox: title, holder, the record as a table, issuing department,
 * time, kiosk id, serial, seal image, verification QR on every page and "page n of N". The CJK TrueType font is
 * embedded as a subset. The result is unsigned; {@link CertificateSigner} adds the department's signature.
 * Thread-safe: rendering is serialised because the parsed font is shared between documents.
 */
public final class CertificateRenderer {
    /** Document-information keys; the CMS signature covers them. */
    public static final String META_CONTENT = "GovKiosk.Content";
    public static final String META_SM2 = "GovKiosk.SM2Seal";
    public static final String META_DEMO = "GovKiosk.Demo";
    public static final String META_SERIAL = "GovKiosk.Serial";

    private static final float MARGIN = 56;
    private static final float PAGE_W = PDRectangle.A4.getWidth();
    private static final float PAGE_H = PDRectangle.A4.getHeight();
    private static final float FOOTER_H = 96;
    private static final float BODY = 11;
    private static final float CELL_PAD = 4;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final String kioskId;
    private final Optional<Path> fontPath;
    private final ZoneId zone;
    private final Optional<Path> latinFontPath;
    private TrueTypeFont ttf;
    /** The Latin font, once looked for; empty when there is none (the CJK font sets Latin text). */
    private Optional<TrueTypeFont> latinTtf;
    /** Seal images as ready-to-embed PDF image data, by the PNG's SHA-256: encoded once per department seal. */
    private final java.util.Map<String, SealPixels> seals = new java.util.concurrent.ConcurrentHashMap<>();

    /** @param fontPath {@code font.path}, when the site names the CJK font; the Latin font is looked for */
    public CertificateRenderer(CertificateConfig config, String kioskId, Optional<Path> fontPath) {
        this(config, kioskId, fontPath, Optional.empty());
    }

    /**
     * @param fontPath {@code font.path}, when the site names the CJK font
     * @param latinFontPath {@code font.latinPath}, when the site names the Latin font
     */
    public CertificateRenderer(CertificateConfig config, String kioskId, Optional<Path> fontPath, Optional<Path> latinFontPath) {
        this.kioskId = kioskId;
        this.fontPath = fontPath;
        this.latinFontPath = latinFontPath;
        this.zone = config.timeZone();
    }

    /**
     * @param sm2SealDer the department's GB/T 38540-style signature over the content, or null when not configured
     */
    public synchronized byte[] render(CertificateGrant grant, ServiceItem item, Locale locale,
                                      VerificationCode code, byte[] sm2SealDer) throws IOException {
        CertificateGrant.Holder holder = grant.holder();
        Messages m = new Messages(locale);
        try (PDDocument doc = new PDDocument()) {
            PdfText text = text(doc);
            Layout layout = new Layout(doc, text, m, grant);
            PDImageXObject qr = LosslessFactory.createFromImage(doc, QrCodes.image(code.payload(), 4));

            layout.title(title(item, locale, m));
            layout.keyValue(List.of(
                    new String[] {m.get("print.cert.holder"), holder.name()},
                    new String[] {m.get("print.cert.documentNumber"), holder.maskedNumber()},
                    new String[] {m.get("print.cert.item"), item.name().in(locale)},
                    new String[] {m.get("print.cert.asOf"), TIME.format(grant.record().asOf().atZone(zone))}));
            layout.gap(10);
            List<String[]> fields = new ArrayList<>();
            for (RecordField f : grant.record().fields()) fields.add(new String[] {label(item, f.key(), locale), f.value()});
            RecordTable table = grant.record().table();
            // The statement and the issuer's block with the seal close the certificate; they never stand alone on a
            // page (issue 12): the last rows of the record go over with them.
            float closing = 14 + layout.textHeight(m.get("print.cert.statement"), BODY) + Layout.ISSUER_HEIGHT;
            if (!fields.isEmpty()) {
                layout.heading(m.get("print.cert.record"));
                if (table.isEmpty()) layout.keepWithLastRows(closing);
                layout.keyValue(fields);
            }
            if (!table.isEmpty()) {
                layout.keepWithLastRows(closing);
                layout.gap(10);
                layout.heading(m.get("print.cert.details"));
                List<String> headers = table.columnKeys().stream().map(k -> label(item, k, locale)).toList();
                layout.table(headers, table.rows());
            }
            layout.gap(14);
            layout.text(m.get("print.cert.statement"), BODY);
            layout.issuer(item.department().name().in(locale), TIME.format(grant.issuedAt().atZone(zone)),
                    kioskId, grant.sealPng() == null || grant.sealPng().length == 0 ? null
                            : sealPixels(grant.sealPng()).embed(doc));
            layout.finish(qr, m);

            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title(item, locale, m) + " " + grant.serial());
            info.setAuthor(item.department().name().in(locale));
            info.setCreator("govkiosk");
            Calendar created = GregorianCalendar.from(grant.issuedAt().atZone(zone));
            info.setCreationDate(created);
            info.setCustomMetadataValue(META_SERIAL, grant.serial());
            info.setCustomMetadataValue(META_CONTENT, Base64.getEncoder().encodeToString(CertificateDigest.canonicalContent(grant)));
            info.setCustomMetadataValue(META_DEMO, Boolean.toString(grant.demo()));
            if (sm2SealDer != null) info.setCustomMetadataValue(META_SM2, Base64.getEncoder().encodeToString(sm2SealDer));

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static String label(ServiceItem item, String key, Locale locale) {
        return item.field(key).map(ResultField::label).map(l -> l.in(locale)).filter(s -> !s.isEmpty()).orElse(key);
    }

    /**
     * Parses the font and exercises PDF writing once, off the UI thread at start-up, so the first citizen who
     * prints does not wait for it (measured: ~0.3 s font parse plus ~0.1 s first document).
     */
    public void warmUp() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PdfText text = text(doc);
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            LosslessFactory.createFromImage(doc, QrCodes.image("warm-up", 4));
            doc.save(java.io.OutputStream.nullOutputStream());
            if (text.font() == null) throw new IOException("font did not load");
        }
    }

    /**
     * The seal as one colour (its ink) under a 4-bit soft mask (its opacity in 16 steps, Deflate): a seal is one
     * ink, so this is the same picture as the RGB image + 8-bit mask PDFBox makes from the PNG at a fraction of the
     * bytes (16 opacity steps are invisible at 42 mm), and the PNG is decoded once per department seal instead of
     * once per certificate (issue 15).
     */
    record SealPixels(int width, int height, byte[] colourFlate, byte[] alphaFlate) {
        PDImageXObject embed(PDDocument doc) throws IOException {
            PDImageXObject alpha = new PDImageXObject(doc, new java.io.ByteArrayInputStream(alphaFlate),
                    org.apache.pdfbox.cos.COSName.FLATE_DECODE, width, height, 4,
                    org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray.INSTANCE);
            PDImageXObject colour = new PDImageXObject(doc, new java.io.ByteArrayInputStream(colourFlate),
                    org.apache.pdfbox.cos.COSName.FLATE_DECODE, width, height, 8,
                    org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB.INSTANCE);
            colour.getCOSObject().setItem(org.apache.pdfbox.cos.COSName.SMASK, alpha);
            return colour;
        }
    }

    /** Drops a seal from the cache (the warm-up's made-up seal: nobody's certificate carries it). */
    void forgetSeal(byte[] png) {
        seals.remove(java.util.HexFormat.of().formatHex(CertificateDigest.sha256(png)));
    }

    /** Whether this seal is decoded already (its department's next certificate will not wait for it). */
    boolean sealReady(byte[] png) {
        return seals.containsKey(java.util.HexFormat.of().formatHex(CertificateDigest.sha256(png)));
    }

    SealPixels sealPixels(byte[] png) throws IOException {
        String key = java.util.HexFormat.of().formatHex(CertificateDigest.sha256(png));
        SealPixels cached = seals.get(key);
        if (cached != null) return cached;
        java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
        if (img == null) throw new IOException("the department's seal image is not a readable PNG");
        int w = img.getWidth();
        int h = img.getHeight();
        int[] argb = argb(img);
        int ink = 0;
        int inkAlpha = -1;
        int rowBytes = (w + 1) / 2;
        byte[] alpha = new byte[rowBytes * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = argb[y * w + x];
                int a = p >>> 24;
                if (a > inkAlpha) {
                    inkAlpha = a;
                    ink = p & 0xFFFFFF;
                }
                int nibble = (a + 8) / 17;
                alpha[y * rowBytes + x / 2] |= (byte) (x % 2 == 0 ? nibble << 4 : nibble);
            }
        }
        byte[] colour = new byte[w * h * 3];
        for (int i = 0; i < w * h; i++) {
            colour[3 * i] = (byte) (ink >> 16);
            colour[3 * i + 1] = (byte) (ink >> 8);
            colour[3 * i + 2] = (byte) ink;
        }
        SealPixels made = new SealPixels(w, h, deflate(colour), deflate(alpha));
        if (seals.size() > 64) seals.clear(); // a handful of departments; never grows without bound
        seals.put(key, made);
        return made;
    }

    /**
     * The picture's pixels as ARGB. A palette picture (a department's one-ink seal) is read through its palette, an 8-bit
     * RGBA one from its raster's samples:
     * {@code getRGB} on a 4-bit palette image takes a generic path per pixel, ~30 ms for a 400 px seal on the first
     * certificate of each department (issue 15).
     */
    private static int[] argb(java.awt.image.BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        if (img.getColorModel() instanceof java.awt.image.IndexColorModel palette && img.getRaster().getNumBands() == 1) {
            int[] rgbOf = new int[palette.getMapSize()];
            palette.getRGBs(rgbOf);
            int[] pixels = img.getRaster().getPixels(0, 0, w, h, (int[]) null);
            for (int i = 0; i < pixels.length; i++) {
                int index = pixels[i];
                pixels[i] = index < rgbOf.length ? rgbOf[index] : 0;
            }
            return pixels;
        }
        java.awt.image.ColorModel cm = img.getColorModel();
        int bands = img.getRaster().getNumBands();
        if (cm instanceof java.awt.image.ComponentColorModel && cm.getColorSpace().isCS_sRGB() && !cm.isAlphaPremultiplied()
                && (bands == 4 && cm.hasAlpha() || bands == 3 && !cm.hasAlpha())
                && java.util.Arrays.stream(cm.getComponentSize()).allMatch(bits -> bits == 8)) {
            // An 8-bit RGBA (or RGB) PNG, the usual form of a transparent picture: samples straight from the raster.
            // getRGB asks the colour model for every component of every pixel: 45-60 ms for a 400 px seal on the
            // first certificate after a start, against a department service that sent one (issue 15).
            int[] samples = img.getRaster().getPixels(0, 0, w, h, (int[]) null);
            int[] pixels = new int[w * h];
            for (int i = 0, j = 0; i < pixels.length; i++, j += bands) {
                int a = bands == 4 ? samples[j + 3] : 0xFF;
                pixels[i] = a << 24 | samples[j] << 16 | samples[j + 1] << 8 | samples[j + 2];
            }
            return pixels;
        }
        return img.getRGB(0, 0, w, h, null, 0, w);
    }

    private static byte[] deflate(byte[] data) {
        // zlib's default level, not its best: on a seal's opacity plane the best level took 20 ms instead of 1.6 ms for
        // 7 % fewer bytes (10.9 against 11.6 KB), on the first certificate of each department (issue 15).
        java.util.zip.Deflater d = new java.util.zip.Deflater(java.util.zip.Deflater.DEFAULT_COMPRESSION);
        try {
            d.setInput(data);
            d.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 8 + 64);
            byte[] buf = new byte[16384];
            while (!d.finished()) out.write(buf, 0, d.deflate(buf));
            return out.toByteArray();
        } finally {
            d.end();
        }
    }

    /** Both fonts embedded as subsets: only the glyphs the certificate uses go into the file. */
    private PdfText text(PDDocument doc) throws IOException {
        Optional<TrueTypeFont> latin = latinFont();
        return new PdfText(PDType0Font.load(doc, font(), true),
                latin.isPresent() ? PDType0Font.load(doc, latin.get(), true) : null);
    }

    private synchronized Optional<TrueTypeFont> latinFont() throws IOException {
        if (latinTtf == null) {
            Optional<Path> p = FontLocator.findLatin(latinFontPath);
            latinTtf = p.isPresent() ? Optional.of(new TTFParser().parse(new RandomAccessReadBufferedFile(p.get().toFile())))
                    : Optional.empty();
        }
        return latinTtf;
    }

    private synchronized TrueTypeFont font() throws IOException {
        if (ttf == null) {
            Path p = FontLocator.require(fontPath);
            ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(p.toFile()));
        }
        return ttf;
    }

    /** A top-down cursor over pages that starts a new page when the next block does not fit. */
    private static final class Layout {
        private final PDDocument doc;
        private final PdfText text;
        private final Messages m;
        private final CertificateGrant grant;
        private final List<PDPage> pages = new ArrayList<>();
        private PDPageContentStream cs;
        private float y;
        /** Height of the closing block to keep with the last {@link #KEEP_ROWS} rows of the record; 0 when none. */
        private float tail;
        static final int KEEP_ROWS = 3;
        /** What {@link #issuer} takes: 20 above the seal and the seal itself. */
        static final float ISSUER_HEIGHT = 20 + 119;

        Layout(PDDocument doc, PdfText text, Messages m, CertificateGrant grant) throws IOException {
            this.doc = doc;
            this.text = text;
            this.m = m;
            this.grant = grant;
            newPage();
        }

        private void newPage() throws IOException {
            if (cs != null) cs.close();
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            pages.add(page);
            cs = new PDPageContentStream(doc, page);
            y = PAGE_H - MARGIN;
            if (grant.demo()) demoMark();
            text.drawRight(cs, m.get("print.cert.serial") + " " + grant.serial(), 9, PAGE_W - MARGIN, y);
            y -= 22;
        }

        private float bottom() { return MARGIN + FOOTER_H; }

        private void ensure(float h) throws IOException {
            if (y - h < bottom()) newPage();
        }

        void gap(float h) { y -= h; }

        void title(String s) throws IOException {
            ensure(40);
            for (String line : text.wrap(s, 20, PAGE_W - 2 * MARGIN)) {
                text.drawCentered(cs, line, 20, PAGE_W / 2, y - 20);
                y -= 28;
            }
            y -= 10;
        }

        void heading(String s) throws IOException {
            ensure(40);
            text.draw(cs, s, 13, MARGIN, y - 13);
            y -= 22;
        }

        void text(String s, float size) throws IOException {
            for (String line : text.wrap(s, size, PAGE_W - 2 * MARGIN)) {
                ensure(size * 1.5f);
                text.draw(cs, line, size, MARGIN, y - size);
                y -= size * 1.5f;
            }
        }

        void keyValue(List<String[]> rows) throws IOException {
            float w = PAGE_W - 2 * MARGIN;
            table(null, rows.stream().map(r -> List.of(r[0], r[1])).toList(), new float[] {w * 0.32f, w * 0.68f});
        }

        void table(List<String> headers, List<List<String>> rows) throws IOException {
            int n = headers.size();
            float[] widths = new float[n];
            java.util.Arrays.fill(widths, (PAGE_W - 2 * MARGIN) / n);
            table(headers, rows, widths);
        }

        /** Draws bordered rows; the header row repeats at the top of each new page. */
        private void table(List<String> headers, List<List<String>> rows, float[] widths) throws IOException {
            if (headers != null) ensure(3 * (BODY * 1.4f + 2 * CELL_PAD));
            if (headers != null) row(headers, widths, true);
            int keepFrom = tail > 0 ? Math.max(1, rows.size() - KEEP_ROWS) : Integer.MAX_VALUE;
            for (int i = 0; i < rows.size(); i++) {
                List<String> r = rows.get(i);
                float h = rowHeight(r, widths);
                if (i == keepFrom) {
                    float rest = tail;
                    for (int j = i; j < rows.size(); j++) rest += rowHeight(rows.get(j), widths);
                    // Only when the rest fits a fresh page: otherwise it breaks where it must anyway.
                    if (y - rest < bottom() && rest < PAGE_H - MARGIN - 22 - bottom() - 40) h = Float.MAX_VALUE / 4;
                }
                if (y - h < bottom()) {
                    newPage();
                    if (headers != null) row(headers, widths, true);
                }
                row(r, widths, false);
            }
            tail = 0;
        }

        /** The height, once laid out, of a block still to come after the next table: kept with its last rows. */
        void keepWithLastRows(float height) {
            tail = height;
        }

        float textHeight(String s, float size) {
            return text.wrap(s, size, PAGE_W - 2 * MARGIN).size() * size * 1.5f;
        }

        private float rowHeight(List<String> cells, float[] widths) {
            int lines = 1;
            for (int i = 0; i < widths.length; i++) {
                String c = i < cells.size() ? cells.get(i) : "";
                lines = Math.max(lines, text.wrap(c, BODY, widths[i] - 2 * CELL_PAD).size());
            }
            return lines * BODY * 1.4f + 2 * CELL_PAD;
        }

        private void row(List<String> cells, float[] widths, boolean header) throws IOException {
            float h = rowHeight(cells, widths);
            float x = MARGIN;
            if (header) {
                cs.setNonStrokingColor(0.92f, 0.92f, 0.92f);
                cs.addRect(MARGIN, y - h, sum(widths), h);
                cs.fill();
                cs.setNonStrokingColor(0f, 0f, 0f);
            }
            cs.setLineWidth(0.6f);
            for (int i = 0; i < widths.length; i++) {
                cs.addRect(x, y - h, widths[i], h);
                cs.stroke();
                String c = i < cells.size() ? cells.get(i) : "";
                float ty = y - CELL_PAD - BODY;
                for (String line : text.wrap(c, BODY, widths[i] - 2 * CELL_PAD)) {
                    text.draw(cs, line, BODY, x + CELL_PAD, ty);
                    ty -= BODY * 1.4f;
                }
                x += widths[i];
            }
            y -= h;
        }

        /** Department, time and kiosk, with the seal over the department's name as on a paper certificate. */
        void issuer(String department, String time, String kioskId, PDImageXObject seal) throws IOException {
            float sealSize = ISSUER_HEIGHT - 20; // 42 mm, the usual diameter of a department seal
            ensure(sealSize + 10);
            float right = PAGE_W - MARGIN;
            float top = y - 20;
            text.drawRight(cs, m.get("print.cert.department") + " " + department, 12, right, top - 30);
            text.drawRight(cs, m.get("print.cert.issuedAt") + " " + time, 11, right, top - 50);
            text.drawRight(cs, m.get("print.cert.kiosk") + " " + kioskId, 11, right, top - 70);
            if (seal != null) cs.drawImage(seal, right - sealSize - 10, top - sealSize + 10, sealSize, sealSize);
            y = top - sealSize;
        }

        /** Closes the last page, then stamps QR code and page numbers on every page once the count is known. */
        void finish(PDImageXObject qr, Messages m) throws IOException {
            cs.close();
            int total = pages.size();
            for (int i = 0; i < total; i++) {
                try (PDPageContentStream c = new PDPageContentStream(doc, pages.get(i), PDPageContentStream.AppendMode.APPEND, true, true)) {
                    float q = 80;
                    c.drawImage(qr, MARGIN, MARGIN - 10, q, q);
                    text.draw(c, m.get("print.cert.scanToVerify"), 8, MARGIN + q + 6, MARGIN + 30);
                    text.draw(c, grant.serial(), 8, MARGIN + q + 6, MARGIN + 18);
                    text.drawCentered(c, m.get("print.cert.page", i + 1, total), 9, PAGE_W / 2, MARGIN - 20);
                }
            }
        }

        private void demoMark() throws IOException {
            PDExtendedGraphicsState gs = new PDExtendedGraphicsState();
            gs.setNonStrokingAlphaConstant(0.12f);
            cs.saveGraphicsState();
            cs.setGraphicsStateParameters(gs);
            cs.setNonStrokingColor(0.8f, 0f, 0f);
            cs.beginText();
            cs.setTextMatrix(Matrix.getRotateInstance(Math.toRadians(40), 120, 200));
            text.show(cs, "DEMO 演示样本", 72);
            cs.endText();
            cs.restoreGraphicsState();
            cs.setNonStrokingColor(0.75f, 0f, 0f);
            text.draw(cs, m.get("print.cert.demoBanner"), 9, MARGIN, y);
            cs.setNonStrokingColor(0f, 0f, 0f);
        }

        private static float sum(float[] a) {
            float s = 0;
            for (float f : a) s += f;
            return s;
        }
    }

    /**
     * The certificate's title from the item's name: 无房证明 stays as it is, 个人住房信息查询 becomes
     * 个人住房信息证明 (a certificate is not a query), anything else gets 证明 appended.
     */
    static String title(ServiceItem item, Locale locale, Messages m) {
        if (!"zh".equals(locale.getLanguage())) return m.get("print.cert.title", item.name().in(locale));
        String name = item.name().zh();
        if (name.endsWith("证明")) return name;
        if (name.endsWith("查询")) name = name.substring(0, name.length() - 2);
        return name + "证明";
    }
}
