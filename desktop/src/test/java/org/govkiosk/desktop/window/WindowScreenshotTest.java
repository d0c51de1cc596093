package org.govkiosk.desktop.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The real application in a real OpenGL window (LWJGL3 + Mesa under Xvfb in CI): it plays
 * scenarios/screenshots.scenario, which walks attract, elder mode, identify, catalog, search, result, print and
 * done, and saves a screenshot of each from the frame buffer. Run in its own JVM because GLFW initialises once
 * per process. Screenshots are kept in target/screenshots for people to look at.
 */
class WindowScreenshotTest {
    private static final Path OUT = Path.of("target", "screenshots");

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void theMainScreensRenderInARealWindow() throws Exception {
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) fail("CI must run the window test, but there is no DISPLAY (run ./dev test: it starts Xvfb)");
            Assumptions.assumeTrue(false, "no X display: window test skipped (./dev test starts Xvfb when it is installed)");
        }
        Files.createDirectories(OUT);
        // Demo seal keys in target/, not the developer's ~/.cache; day colours whatever the hour (the checks below
        // look for the day palette's top bar).
        Path site = OUT.resolve("window.properties");
        Files.writeString(site, "ui.theme=day\ndesktop.dataDir=" + Path.of("target", "acceptance-data").toAbsolutePath().toString().replace("\\", "/") + "\n");
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", cp, "org.govkiosk.desktop.DesktopMain", "--config", site.toString(), "--window", "1920x1080",
                "--scenario", Path.of("..", "scenarios", "screenshots.scenario").toString(), "--out", OUT.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(OUT.resolve("run.log").toFile()).start();
        if (!p.waitFor(4, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail("the windowed kiosk did not finish its scenario in 4 minutes; see " + OUT.resolve("run.log"));
        }
        String log = Files.readString(OUT.resolve("run.log"));
        assertEquals(0, p.exitValue(), "windowed scenario failed:\n" + tail(log));

        BufferedImage attract = read("01-attract");
        BufferedImage elder = read("02-attract-elder");
        assertEquals(1920, attract.getWidth());
        assertEquals(1080, attract.getHeight());
        // The top bar is the theme's dark blue (0A3D73): the frame shows our skin, not a blank or black window.
        assertColourNear(0x0A3D73, attract.getRGB(5, 5));
        for (String shot : List.of("01-attract", "03-identify", "04-catalog", "05-catalog-search", "06-result", "08-print",
                "09-printed", "10-done", "11-done-english")) {
            BufferedImage img = read(shot);
            assertTrue(distinctColours(img) > 50, shot + " looks blank: it has too few colours to show text");
        }
        assertTrue(differingPixels(attract, elder) > 1920 * 1080 / 50, "elder mode must visibly change the attract screen");
    }

    private static BufferedImage read(String name) throws Exception {
        File f = OUT.resolve("screens").resolve(name + ".png").toFile();
        assertTrue(f.isFile(), "missing screenshot " + f);
        return ImageIO.read(f);
    }

    private static void assertColourNear(int expected, int argb) {
        int dr = Math.abs(((expected >> 16) & 0xFF) - ((argb >> 16) & 0xFF));
        int dg = Math.abs(((expected >> 8) & 0xFF) - ((argb >> 8) & 0xFF));
        int db = Math.abs((expected & 0xFF) - (argb & 0xFF));
        assertTrue(dr + dg + db < 24, String.format("expected colour %06X, got %06X", expected, argb & 0xFFFFFF));
    }

    private static int distinctColours(BufferedImage img) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 3) {
            for (int x = 0; x < img.getWidth(); x += 3) colours.add(img.getRGB(x, y));
        }
        return colours.size();
    }

    private static int differingPixels(BufferedImage a, BufferedImage b) {
        int n = 0;
        for (int y = 0; y < a.getHeight(); y += 2) {
            for (int x = 0; x < a.getWidth(); x += 2) if (a.getRGB(x, y) != b.getRGB(x, y)) n++;
        }
        return n * 4;
    }

    private static String tail(String log) {
        String[] lines = log.split("\n");
        return String.join("\n", java.util.Arrays.copyOfRange(lines, Math.max(0, lines.length - 30), lines.length));
    }
}
