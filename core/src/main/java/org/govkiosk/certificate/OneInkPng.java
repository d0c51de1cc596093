package org.govkiosk.certificate;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * A seal is one ink: a 4-bit palette of that ink at 16 opacities (PLTE + tRNS) holds the same picture as ARGB
 * (16 steps of edge smoothing are invisible at 42 mm) in a fraction of the bytes. Departments' seal pictures come
 * in this form (the demo seal authority makes them so), and the kiosk's certificate warm-up decodes one, because
 * the PNG reader's palette path is a different one from its ARGB path (issue 15: the first real seal cost ~55 ms).
 */
public final class OneInkPng {
    private OneInkPng() {}

    /** The picture's opacity in 16 steps of {@code ink}, as PNG bytes. */
    public static byte[] encode(BufferedImage argb, Color ink) {
        byte[] r = new byte[16];
        byte[] g = new byte[16];
        byte[] b = new byte[16];
        byte[] a = new byte[16];
        for (int i = 0; i < 16; i++) {
            r[i] = (byte) ink.getRed();
            g[i] = (byte) ink.getGreen();
            b[i] = (byte) ink.getBlue();
            a[i] = (byte) (i * 17);
        }
        BufferedImage out = new BufferedImage(argb.getWidth(), argb.getHeight(), BufferedImage.TYPE_BYTE_BINARY,
                new IndexColorModel(4, 16, r, g, b, a));
        WritableRaster raster = out.getRaster();
        for (int y = 0; y < argb.getHeight(); y++) {
            for (int x = 0; x < argb.getWidth(); x++) raster.setSample(x, y, 0, ((argb.getRGB(x, y) >>> 24) + 8) / 17);
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(out, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }
}
