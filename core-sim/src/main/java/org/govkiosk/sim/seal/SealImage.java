package org.govkiosk.sim.seal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Draws a round official-style seal with Java2D: red ring, the department name along the upper arc, a star,
 * and the purpose below it. Transparent background so it can sit over the department line of a certificate.
 */
public final class SealImage {
    public static final int SIZE_PX = 480;
    private static final Color SEAL_RED = new Color(0xD0, 0x10, 0x10, 0xE6);

    private SealImage() {}

    /** @param font a font with CJK glyphs (its size is ignored), or null for the JVM's default */
    public static byte[] png(String departmentName, String purpose, boolean demo, Font font) {
        BufferedImage img = new BufferedImage(SIZE_PX, SIZE_PX, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(SEAL_RED);
            double c = SIZE_PX / 2.0;
            g.setStroke(new BasicStroke(14f));
            g.drawOval(10, 10, SIZE_PX - 20, SIZE_PX - 20);
            g.fill(star(c, c, 62, 25));
            Font base = font == null ? new Font(Font.SANS_SERIF, Font.BOLD, 12) : font;
            drawArc(g, departmentName, base.deriveFont(Font.PLAIN, 54f), c, c, 172);
            g.setFont(base.deriveFont(Font.PLAIN, 40f));
            centered(g, purpose, c, c + 130);
            if (demo) {
                g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 46));
                centered(g, "DEMO", c, c + 88);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void centered(Graphics2D g, String text, double cx, double baseline) {
        int w = g.getFontMetrics().stringWidth(text);
        g.drawString(text, (float) (cx - w / 2.0), (float) baseline);
    }

    /** Characters spread over the upper arc, each rotated to face the centre, as on a real seal. */
    private static void drawArc(Graphics2D g, String text, Font font, double cx, double cy, double radius) {
        int n = text.codePointCount(0, text.length());
        if (n == 0) return;
        g.setFont(font);
        double span = Math.toRadians(Math.min(250, 24.0 * n + 20));
        double start = -Math.PI / 2 - span / 2;
        double step = n == 1 ? 0 : span / (n - 1);
        int i = 0;
        for (int off = 0; off < text.length(); i++) {
            int cp = text.codePointAt(off);
            String ch = new String(Character.toChars(cp));
            off += Character.charCount(cp);
            double a = n == 1 ? -Math.PI / 2 : start + i * step;
            AffineTransform saved = g.getTransform();
            g.translate(cx + radius * Math.cos(a), cy + radius * Math.sin(a));
            g.rotate(a + Math.PI / 2);
            int w = g.getFontMetrics().stringWidth(ch);
            g.drawString(ch, -w / 2f, g.getFontMetrics().getAscent() / 2f);
            g.setTransform(saved);
        }
    }

    private static Path2D star(double cx, double cy, double outer, double inner) {
        Path2D p = new Path2D.Double();
        for (int k = 0; k < 10; k++) {
            double r = k % 2 == 0 ? outer : inner;
            double a = -Math.PI / 2 + k * Math.PI / 5;
            double x = cx + r * Math.cos(a);
            double y = cy + r * Math.sin(a);
            if (k == 0) p.moveTo(x, y); else p.lineTo(x, y);
        }
        p.closePath();
        return p;
    }
}
