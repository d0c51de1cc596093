package org.govkiosk.device.idcard;

import static org.junit.jupiter.api.Assertions.*;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.govkiosk.config.KioskSettings;
import org.govkiosk.sim.idcard.EmulatedCard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WltDecodersTest {
    /** Stands in for a vendor wrapper: paints the photo grey so a test can see it was called. */
    public static final class GreyDecoder implements WltDecoder {
        @Override public String name() { return "grey test decoder"; }

        @Override
        public DecodedPhoto decode(byte[] wlt) {
            if (wlt.length != 1024) throw new IllegalArgumentException("not a WLT block");
            byte[] bgr = new byte[WIDTH * HEIGHT * 3];
            java.util.Arrays.fill(bgr, (byte) 0x80);
            return new DecodedPhoto(WIDTH, HEIGHT, bgr);
        }
    }

    @Test
    void noDecoderConfiguredMeansNoPhotosAndNoError() {
        assertTrue(WltDecoders.fromConfig(KioskSettings.defaults().idCard()).isEmpty());
    }

    @Test
    void missingOrEmptyPluginIsReportedNotFatal(@TempDir Path dir) throws Exception {
        KioskSettings c = KioskSettings.of(Map.of("idcard.wltDecoder", dir.resolve("nope.jar").toString()));
        assertTrue(WltDecoders.fromConfig(c.idCard()).isEmpty());
        Path empty = jar(dir.resolve("empty.jar"), false);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> WltDecoders.load(empty));
        assertTrue(e.getMessage().contains("declares no"), e.getMessage());
    }

    @Test
    void loadsTheServiceDeclaredByThePluginJar(@TempDir Path dir) throws Exception {
        Path jar = jar(dir.resolve("wlt-plugin.jar"), true);
        KioskSettings c = KioskSettings.of(Map.of("idcard.wltDecoder", jar.toString()));
        WltDecoder d = WltDecoders.fromConfig(c.idCard()).orElseThrow();
        assertEquals("grey test decoder", d.name());
        WltDecoder.DecodedPhoto p = d.decode(EmulatedCard.syntheticPhoto(1));
        assertEquals(102, p.width());
        assertEquals(126, p.height());
        assertEquals(0x808080, p.rgb()[0]);
    }

    private static Path jar(Path path, boolean withService) throws Exception {
        try (OutputStream out = Files.newOutputStream(path); JarOutputStream jar = new JarOutputStream(out)) {
            if (withService) {
                jar.putNextEntry(new JarEntry("META-INF/services/" + WltDecoder.class.getName()));
                jar.write((GreyDecoder.class.getName() + "\n").getBytes(StandardCharsets.UTF_8));
                jar.closeEntry();
                String cls = GreyDecoder.class.getName().replace('.', '/') + ".class";
                jar.putNextEntry(new JarEntry(cls));
                try (InputStream in = WltDecodersTest.class.getClassLoader().getResourceAsStream(cls)) {
                    in.transferTo(jar);
                }
                jar.closeEntry();
            } else {
                jar.putNextEntry(new JarEntry("README"));
                jar.write("nothing here".getBytes(StandardCharsets.UTF_8));
                jar.closeEntry();
            }
        }
        return path;
    }
}
