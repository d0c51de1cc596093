package org.govkiosk.sim.receipt;

import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.govkiosk.certificate.QrCodes;
import org.govkiosk.config.FontLocator;
import org.govkiosk.device.receipt.EscPosEncoder;

/** Draws what the emulator printed onto a 576-dot (80 mm at 203 dpi) wide image, as thermal paper would show it. */
final class ReceiptRenderer {
    static final int WIDTH = 576;
    private static final int BASE = 24;

    sealed interface Element permits Text, Qr {}

    record Text(String text, int align, boolean bold, int w, int h) implements Element {}

    record Qr(String data, int module, int ec, int align) implements Element {}

    private final Path dir;
    private Font font;

    ReceiptRenderer(Path dir) {
        this.dir = dir;
    }

    EscPosPrinterEmulator.PrintedReceipt render(int number, List<Element> elements, boolean complete) {
        List<String> lines = new ArrayList<>();
        List<String> qrs = new ArrayList<>();
        int height = 20;
        for (Element e : elements) {
            if (e instanceof Text t) {
                height += (BASE + 6) * t.h();
                lines.add(t.text());
            } else if (e instanceof Qr q) {
                height += (matrix(q).getHeight() + 8) * q.module();
                qrs.add(q.data());
            }
        }
        BufferedImage img = new BufferedImage(WIDTH, height + 20, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, img.getWidth(), img.getHeight());
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            int y = 20;
            for (Element e : elements) {
                if (e instanceof Text t) {
                    Font f = font().deriveFont(t.bold() ? Font.BOLD : Font.PLAIN, (float) BASE)
                            .deriveFont(AffineTransform.getScaleInstance(t.w(), t.h()));
                    g.setFont(f);
                    // Printer font A is a 12x24 dot grid: ASCII takes one cell, CJK two, whatever the glyph.
                    int cell = 12 * t.w();
                    int w = EscPosEncoder.columns(t.text()) * cell;
                    int x = t.align() == 1 ? (WIDTH - w) / 2 : t.align() == 2 ? WIDTH - w : 0;
                    y += (BASE + 6) * t.h();
                    for (int i = 0; i < t.text().length(); ) {
                        int cp = t.text().codePointAt(i);
                        String ch = new String(Character.toChars(cp));
                        int span = EscPosEncoder.columns(ch) * cell;
                        int gw = g.getFontMetrics().stringWidth(ch);
                        g.drawString(ch, x + (span - gw) / 2f, y - 6);
                        x += span;
                        i += Character.charCount(cp);
                    }
                } else if (e instanceof Qr q) {
                    BitMatrix m = matrix(q);
                    int size = m.getWidth() * q.module();
                    int x0 = q.align() == 1 ? (WIDTH - size) / 2 : q.align() == 2 ? WIDTH - size : 0;
                    y += 4 * q.module(); // quiet zone, as the printer leaves it
                    for (int my = 0; my < m.getHeight(); my++) {
                        for (int mx = 0; mx < m.getWidth(); mx++) {
                            if (m.get(mx, my)) g.fillRect(x0 + mx * q.module(), y + my * q.module(), q.module(), q.module());
                        }
                    }
                    y += size + 4 * q.module();
                }
            }
            if (!complete) {
                g.setColor(Color.RED);
                g.drawLine(0, img.getHeight() - 4, WIDTH, img.getHeight() - 10);
            }
        } finally {
            g.dispose();
        }
        Path png = dir.resolve(String.format("receipt-%04d%s.png", number, complete ? "" : "-incomplete"));
        try {
            Files.createDirectories(dir);
            ImageIO.write(img, "png", png.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write emulated receipt " + png, e);
        }
        return new EscPosPrinterEmulator.PrintedReceipt(number, List.copyOf(lines), List.copyOf(qrs), complete, png);
    }

    private static BitMatrix matrix(Qr q) {
        return QrCodes.matrix(q.data(), ErrorCorrectionLevel.values()[q.ec()]); // declared L, M, Q, H like ESC/POS 48..51
    }

    /** Loads the font before the first receipt, so the first print is not slower than the printer's timeout. */
    void preload() {
        BufferedImage warm = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = warm.createGraphics();
        g.setFont(font().deriveFont((float) BASE));
        g.drawString("凭证", 0, 8);
        g.dispose();
    }

    private static Font shared;

    private synchronized Font font() {
        if (font == null) font = sharedFont();
        return font;
    }

    private static synchronized Font sharedFont() {
        if (shared == null) {
            shared = FontLocator.find().map(p -> {
                try {
                    return Font.createFont(Font.TRUETYPE_FONT, p.toFile());
                } catch (FontFormatException | IOException e) {
                    return null;
                }
            }).orElse(new Font(Font.MONOSPACED, Font.PLAIN, BASE));
        }
        return shared;
    }
}
