package org.govkiosk.sim.seal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.geom.Area;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.govkiosk.config.FontLocator;
import org.govkiosk.config.KioskConfig;
import org.junit.jupiter.api.Test;

class SealImageTest {
    /** The catalog's department names, shortest to longest (14 characters overlapped before issue 12's fix). */
    static final List<String> NAMES = List.of("郑州市公安局", "国网郑州供电公司", "郑州市不动产登记中心", "郑州住房公积金管理中心",
            "国家税务总局郑州市税务局", "郑州市人力资源和社会保障局", "郑州市住房保障和房地产管理局", "某某省某某市某某区住房保障和房地产管理局");

    static Font font() throws Exception {
        Path f = FontLocator.require(java.util.Optional.empty());
        return Font.createFont(Font.TRUETYPE_FONT, f.toFile());
    }

    @Test
    void ringCharactersNeverTouchTheirNeighbours() throws Exception {
        Font font = font();
        double c = SealImage.SIZE_PX / 2.0;
        for (String name : NAMES) {
            List<java.awt.Shape> glyphs = SealImage.ringGlyphs(name, font, c, c);
            assertEquals(name.length(), glyphs.size());
            for (int i = 1; i < glyphs.size(); i++) {
                Area overlap = new Area(glyphs.get(i - 1).getBounds2D());
                overlap.intersect(new Area(glyphs.get(i).getBounds2D()));
                // Boxes of rotated glyphs: their outlines may come close at the corners, their inks must not meet.
                Area inks = new Area(glyphs.get(i - 1));
                inks.intersect(new Area(glyphs.get(i)));
                assertTrue(inks.isEmpty(), name + ": characters " + (i - 1) + " and " + i + " overlap");
            }
            for (java.awt.Shape s : glyphs) {
                java.awt.geom.Rectangle2D b = s.getBounds2D();
                double far = Math.max(Math.hypot(b.getMinX() - c, b.getMinY() - c), Math.hypot(b.getMaxX() - c, b.getMaxY() - c));
                assertTrue(far < SealImage.SIZE_PX / 2.0 - 10, name + ": lettering runs into the ring");
                assertTrue(b.getMaxY() < SealImage.PURPOSE_TOP, name + ": lettering runs into the purpose line");
            }
        }
    }

    @Test
    void theSealIsOneInkOnTransparency() throws Exception {
        byte[] png = SealImage.png("郑州市住房保障和房地产管理局", "信息证明专用章", true, font());
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(SealImage.SIZE_PX, img.getWidth());
        assertEquals(0, img.getRGB(0, 0) >>> 24, "corners are transparent");
        int inked = 0;
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                int p = img.getRGB(x, y);
                if (p >>> 24 == 0) continue;
                inked++;
                assertEquals(0xD01010, p & 0xFFFFFF, "one ink");
            }
        }
        assertTrue(inked > 1000, "the ring, star and text are drawn: " + inked);
        assertTrue(png.length < 20_000, "a seal PNG travels in every grant: " + png.length + " bytes");
        String keep = System.getProperty("seal.keepIn");
        if (keep != null) {
            Files.createDirectories(Path.of(keep));
            for (String name : NAMES) Files.write(Path.of(keep, name.length() + ".png"), SealImage.png(name, "信息证明专用章", true, font()));
        }
    }
}
