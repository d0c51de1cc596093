package org.govkiosk.sim.seal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;

/**
 * Draws a round official-style seal with Java2D: red ring, the department name along the upper arc, a star,
 * and the purpose below it. Transparent background so it can sit over the department line of a certificate.
 */
public final class SealImage {
    /** 42 mm at about 240 dpi: sharp in print, and the PNG travels in every grant and inside the SM2 seal. */
    public static final int SIZE_PX = 400;
    private static final double S = SIZE_PX / 480.0;
    private static final Color SEAL_RED = new Color(0xD0, 0x10, 0x10, 0xE6);
    /** Centre of the ring lettering, and the widest arc it may take (a real seal leaves the bottom for the purpose). */
    static final double TEXT_RADIUS = 172 * S;
    static final double MAX_SPAN_DEGREES = 220;
    /** Top of the purpose line (信息证明专用章): the ring lettering stays above it. */
    static final double PURPOSE_TOP = SIZE_PX / 2.0 + (130 - 36) * S;
    /** Ring glyphs keep this fraction of their pitch free, so neighbours never touch. */
    static final double GAP = 0.12;

    private SealImage() {}

    /** @param font a font with CJK glyphs (its size is ignored), or null for the JVM's default */
    public static byte[] png(String departmentName, String purpose, boolean demo, Font font) {
        BufferedImage img = new BufferedImage(SIZE_PX, SIZE_PX, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(SEAL_RED);
            double c = SIZE_PX / 2.0;
            float ring = (float) (14 * S);
            g.setStroke(new BasicStroke(ring));
            double inset = 10 * S;
            g.draw(new java.awt.geom.Ellipse2D.Double(inset, inset, SIZE_PX - 2 * inset, SIZE_PX - 2 * inset));
            g.fill(star(c, c, 62 * S, 25 * S));
            Font base = font == null ? new Font(Font.SANS_SERIF, Font.BOLD, 12) : font;
            drawArc(g, departmentName, base, c, c);
            g.setFont(fitted(g, base.deriveFont(Font.PLAIN, (float) (40 * S)), purpose, SIZE_PX * 0.55));
            centered(g, purpose, c, c + 130 * S);
            if (demo) {
                g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.round(46 * S)));
                centered(g, "DEMO", c, c + 88 * S);
            }
        } finally {
            g.dispose();
        }
        return org.govkiosk.certificate.OneInkPng.encode(img, SEAL_RED);
    }

    private static void centered(Graphics2D g, String text, double cx, double baseline) {
        double w = g.getFontMetrics().getStringBounds(text, g).getWidth();
        g.drawString(text, (float) (cx - w / 2.0), (float) baseline);
    }

    /** Where each ring character goes: its angle (radians, 0 = 3 o'clock) and the font size they all share. */
    record ArcLayout(double[] angles, float fontSize, double horizontalScale) {}

    /**
     * Spreads the name over the upper arc. The pitch (arc length between neighbours) comes from the span, and the
     * glyph size from the pitch, so a long name gets smaller, slightly condensed characters instead of overlapping
     * ones (issue 12: 14-character names touched and overlapped at a fixed 54 px).
     */
    static ArcLayout arcLayout(int n) {
        if (n <= 0) return new ArcLayout(new double[0], 0, 1);
        double preferredPitch = 62 * S;
        double span = Math.min(Math.toRadians(MAX_SPAN_DEGREES), n <= 1 ? 0 : preferredPitch * (n - 1) / TEXT_RADIUS);
        double step = n == 1 ? 0 : span / (n - 1);
        double free = 1 - GAP;
        // The pitch is tightest at the glyphs' inner edge (radius - size/2). Condense (as engraved seals do) to 80%
        // width before shrinking: size * 0.8 <= step * (radius - size / 2) * free.
        double size = n == 1 ? 54 * S : Math.min(54 * S, step * TEXT_RADIUS * free / (0.8 + step * free / 2));
        double scaleX = n == 1 ? 1 : Math.min(1, step * (TEXT_RADIUS - size / 2) * free / size);
        double[] angles = new double[n];
        for (int i = 0; i < n; i++) angles[i] = -Math.PI / 2 - span / 2 + i * step;
        return new ArcLayout(angles, (float) size, scaleX);
    }

    /** The outline each ring character occupies, where {@link #drawArc} puts it (for the overlap check). */
    static java.util.List<java.awt.Shape> ringGlyphs(String text, Font base, double cx, double cy) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = scratch.createGraphics();
        try {
            java.util.List<java.awt.Shape> out = new java.util.ArrayList<>();
            ArcLayout layout = arcLayout(text.codePointCount(0, text.length()));
            java.awt.font.FontRenderContext frc = new java.awt.font.FontRenderContext(null, true, true);
            Font f = base.deriveFont(Font.PLAIN, layout.fontSize());
            java.awt.FontMetrics fm = g.getFontMetrics(f);
            int i = 0;
            for (int off = 0; off < text.length(); i++) {
                int cp = text.codePointAt(off);
                String ch = new String(Character.toChars(cp));
                off += Character.charCount(cp);
                java.awt.font.GlyphVector gv = f.createGlyphVector(frc, ch);
                double w = f.getStringBounds(ch, frc).getWidth();
                AffineTransform t = glyphTransform(layout, i, cx, cy);
                t.translate(-w / 2, fm.getAscent() / 2.0 - fm.getDescent() / 2.0);
                out.add(t.createTransformedShape(gv.getOutline()));
            }
            return out;
        } finally {
            g.dispose();
        }
    }

    private static AffineTransform glyphTransform(ArcLayout layout, int i, double cx, double cy) {
        double a = layout.angles()[i];
        AffineTransform t = new AffineTransform();
        t.translate(cx + TEXT_RADIUS * Math.cos(a), cy + TEXT_RADIUS * Math.sin(a));
        t.rotate(a + Math.PI / 2);
        t.scale(layout.horizontalScale(), 1);
        return t;
    }

    private static void drawArc(Graphics2D g, String text, Font base, double cx, double cy) {
        int n = text.codePointCount(0, text.length());
        ArcLayout layout = arcLayout(n);
        if (n == 0) return;
        g.setFont(base.deriveFont(Font.PLAIN, layout.fontSize()));
        java.awt.FontMetrics fm = g.getFontMetrics();
        int i = 0;
        for (int off = 0; off < text.length(); i++) {
            int cp = text.codePointAt(off);
            String ch = new String(Character.toChars(cp));
            off += Character.charCount(cp);
            AffineTransform saved = g.getTransform();
            g.transform(glyphTransform(layout, i, cx, cy));
            double w = fm.getStringBounds(ch, g).getWidth();
            g.drawString(ch, (float) (-w / 2), fm.getAscent() / 2f - fm.getDescent() / 2f);
            g.setTransform(saved);
        }
    }

    /** The font, smaller if needed so the text fits the width. */
    private static Font fitted(Graphics2D g, Font f, String text, double width) {
        double w = g.getFontMetrics(f).getStringBounds(text, g).getWidth();
        return w <= width ? f : f.deriveFont((float) (f.getSize2D() * width / w));
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
