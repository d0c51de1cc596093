package org.govkiosk.certificate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.zip.Inflater;
import javax.imageio.ImageIO;
import org.govkiosk.config.KioskSettings;
import org.junit.jupiter.api.Test;

class SealPixelsTest {
    private static final Color INK = new Color(0xC8, 0x10, 0x1A);

    /** A ring of one ink with soft edges and a fully opaque dot: every opacity step occurs. */
    private static BufferedImage seal(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                double r = Math.hypot(x - size / 2.0, y - size / 2.0);
                int a = (int) Math.max(0, Math.min(255, 255 - Math.abs(r - size * 0.35) * 6));
                if (r < 4) a = 255;
                img.setRGB(x, y, (a << 24) | (INK.getRGB() & 0xFFFFFF));
            }
        }
        return img;
    }

    private static byte[] inflate(byte[] z, int size) throws Exception {
        Inflater in = new Inflater();
        in.setInput(z);
        byte[] out = new byte[size];
        int n = 0;
        while (!in.finished() && n < size) n += in.inflate(out, n, size - n);
        in.end();
        assertEquals(size, n);
        return out;
    }

    @Test
    void aPaletteSealReadThroughItsPaletteGivesTheSamePlanesAsTheSamePictureInArgb() throws Exception {
        int size = 120;
        BufferedImage picture = seal(size);
        ByteArrayOutputStream argbPng = new ByteArrayOutputStream();
        ImageIO.write(picture, "png", argbPng);
        byte[] palettePng = OneInkPng.encode(picture, INK);
        assertTrue(ImageIO.read(new java.io.ByteArrayInputStream(palettePng)).getColorModel() instanceof java.awt.image.IndexColorModel,
                "the department form is a palette PNG");

        KioskSettings s = KioskSettings.defaults();
        CertificateRenderer renderer = new CertificateRenderer(s.certificate(), "K-1", s.screen().fontPath());
        CertificateRenderer.SealPixels fromArgb = renderer.sealPixels(argbPng.toByteArray());
        CertificateRenderer.SealPixels fromPalette = renderer.sealPixels(palettePng);

        assertEquals(size, fromPalette.width());
        assertEquals(size, fromPalette.height());
        int alphaBytes = (size + 1) / 2 * size;
        byte[] alpha = inflate(fromPalette.alphaFlate(), alphaBytes);
        assertArrayEquals(inflate(fromArgb.alphaFlate(), alphaBytes), alpha, "16 opacity steps either way");
        assertArrayEquals(inflate(fromArgb.colourFlate(), size * size * 3), inflate(fromPalette.colourFlate(), size * size * 3));
        byte[] colour = inflate(fromPalette.colourFlate(), size * size * 3);
        assertEquals((byte) INK.getRed(), colour[0]);
        assertEquals((byte) INK.getGreen(), colour[1]);
        assertEquals((byte) INK.getBlue(), colour[2]);
        // The centre dot is opaque (nibble 15), a corner is clear (0).
        int centre = size / 2 * ((size + 1) / 2) + size / 2 / 2;
        assertEquals(0xF, size / 2 % 2 == 0 ? (alpha[centre] >> 4) & 0xF : alpha[centre] & 0xF);
        assertEquals(0, alpha[0]);
    }
}
