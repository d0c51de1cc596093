package org.govkiosk.preview;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.RenderDestination;
import org.govkiosk.certificate.QrCodes;
import org.govkiosk.device.receipt.EscPosEncoder;
import org.govkiosk.device.receipt.Receipt;
import org.govkiosk.device.receipt.ReceiptLayout;

/**
 * What will come out of the printers, as a picture for the print screen: the certificate's first page rendered from
 * the very PDF that is sent to the A4 printer (PDFBox's renderer, as a print preview), and the receipt drawn from the
 * same layout the thermal printer is sent (ReceiptLayout's lines, 12x24-dot cells, its QR code). Blocking and
 * CPU-bound: call from a worker, never from the render thread. Intermediate images are overwritten before they are
 * let go: they hold her name.
 */
public final class DocumentPreviews {
    /** Thermal paper: 80 mm at 203 dpi. */
    private static final int RECEIPT_DOTS = 576;
    private static final int CELL_W = 12, CELL_H = 24, LINE = 30;

    private final Optional<Path> fontFile;
    private Font font;

    /** @param fontFile the CJK font the receipt printer prints with (the kiosk's font); empty: a logical font */
    public DocumentPreviews(Optional<Path> fontFile) {
        this.fontFile = fontFile;
    }

    /** Page 1 of {@code pdf}, {@code widthPx} wide. */
    public PreviewImage certificate(byte[] pdf, int widthPx) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            float pageWidthPt = doc.getPage(0).getMediaBox().getWidth();
            float scale = widthPx / pageWidthPt;
            PDFRenderer renderer = new PDFRenderer(doc);
            // PRINT: what the printer gets (no screen-only annotations); subsampling keeps the seal's soft edge smooth.
            renderer.setSubsamplingAllowed(false);
            BufferedImage img = renderer.renderImage(0, scale, ImageType.RGB, RenderDestination.PRINT);
            return toRgba(img);
        }
    }

    /** The receipt as the printer lays it out (its {@code columns} per line), as large as fits the box given. */
    public PreviewImage receipt(Receipt receipt, int columns, int maxWidthPx, int maxHeightPx) {
        List<ReceiptLayout.PrintedLine> lines = new ReceiptLayout(columns).lines(receipt);
        int heightDots = 20;
        for (ReceiptLayout.PrintedLine l : lines) heightDots += l.qr() ? qrSize(l.text()) + 8 * 6 : LINE * l.size();
        heightDots += 3 * LINE;
        float scale = Math.min(maxWidthPx / (float) RECEIPT_DOTS, maxHeightPx / (float) heightDots);
        int widthPx = Math.max(1, Math.round(RECEIPT_DOTS * scale));
        int h = Math.max(1, Math.round(heightDots * scale));
        BufferedImage img = new BufferedImage(widthPx, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, widthPx, h);
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.scale(scale, scale);
            int y = 20;
            for (ReceiptLayout.PrintedLine l : lines) {
                if (l.qr()) {
                    var m = QrCodes.matrix(l.text(), com.google.zxing.qrcode.decoder.ErrorCorrectionLevel.M);
                    int module = 6, size = m.getWidth() * module, x0 = (RECEIPT_DOTS - size) / 2;
                    y += 4 * module;
                    for (int my = 0; my < m.getHeight(); my++) {
                        for (int mx = 0; mx < m.getWidth(); mx++) {
                            if (m.get(mx, my)) g.fillRect(x0 + mx * module, y + my * module, module, module);
                        }
                    }
                    y += size + 4 * module;
                    continue;
                }
                g.setFont(font().deriveFont(l.bold() ? Font.BOLD : Font.PLAIN, (float) CELL_H * l.size()));
                int cell = CELL_W * l.size();
                int w = EscPosEncoder.columns(l.text()) * cell;
                int x = l.centred() ? (RECEIPT_DOTS - w) / 2 : 0;
                y += LINE * l.size();
                for (int i = 0; i < l.text().length(); ) {
                    int cp = l.text().codePointAt(i);
                    String ch = new String(Character.toChars(cp));
                    int span = EscPosEncoder.columns(ch) * cell;
                    g.drawString(ch, x + (span - g.getFontMetrics().stringWidth(ch)) / 2f, y - 6 * l.size());
                    x += span;
                    i += Character.charCount(cp);
                }
            }
        } finally {
            g.dispose();
        }
        return toRgba(img);
    }

    private static int qrSize(String payload) {
        return QrCodes.matrix(payload, com.google.zxing.qrcode.decoder.ErrorCorrectionLevel.M).getWidth() * 6;
    }

    private synchronized Font font() {
        if (font == null) {
            font = fontFile.map(p -> {
                try {
                    return Font.createFont(Font.TRUETYPE_FONT, p.toFile());
                } catch (FontFormatException | IOException e) {
                    return null;
                }
            }).orElseGet(() -> new Font(Font.SANS_SERIF, Font.PLAIN, CELL_H));
        }
        return font;
    }

    /** Copies into RGBA bytes and overwrites the image's own pixels. */
    private static PreviewImage toRgba(BufferedImage src) {
        int w = src.getWidth(), h = src.getHeight();
        BufferedImage img = src;
        if (src.getType() != BufferedImage.TYPE_INT_RGB) {
            img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            g.drawImage(src, 0, 0, null);
            g.dispose();
            wipe(src);
        }
        int[] px = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
        byte[] rgba = new byte[w * h * 4];
        for (int i = 0, o = 0; i < px.length; i++) {
            int v = px[i];
            rgba[o++] = (byte) (v >> 16);
            rgba[o++] = (byte) (v >> 8);
            rgba[o++] = (byte) v;
            rgba[o++] = (byte) 0xFF;
        }
        Arrays.fill(px, 0);
        return new PreviewImage(w, h, rgba);
    }

    private static void wipe(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.dispose();
    }
}
