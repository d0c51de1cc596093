package org.govkiosk.kiosk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.govkiosk.kiosk.KioskMain;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** kiosk.jar face-match on package-provided photos (scripts/fetch-models, scripts/fetch-face-samples). */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class FaceMatchCommandTest {
    @TempDir static Path dir;
    static Path samples;
    static Path models;

    @BeforeAll
    static void data() {
        Path root = Path.of("").toAbsolutePath();
        while (root != null && !Files.isRegularFile(root.resolve("dev"))) root = root.getParent();
        samples = root.resolve("build/face-samples");
        models = root.resolve("models/face");
        boolean ok = Files.isRegularFile(samples.resolve(".complete-v2")) && Files.isRegularFile(models.resolve("MobileFaceNet.tflite"));
        if (!ok && "true".equalsIgnoreCase(System.getenv("CI"))) throw new IllegalStateException("CI must run this: run scripts/fetch-models and scripts/fetch-face-samples");
        Assumptions.assumeTrue(ok, "no face models or photos: run scripts/fetch-models and scripts/fetch-face-samples");
    }

    record Run(int exit, String out) {}

    static Run run(String... args) {
        StringWriter sw = new StringWriter();
        CommandLine cl = KioskMain.commandLine();
        cl.setOut(new PrintWriter(sw, true));
        cl.setErr(new PrintWriter(sw, true));
        return new Run(cl.execute(args), sw.toString());
    }

    @Test
    void twoPhotosOfOnePersonAreTheSamePerson() {
        Run r = run("face-match", samples.resolve("cage/cage.jpg").toString(), samples.resolve("cage/cage2_crop.jpg").toString());
        assertEquals(FaceMatchCommand.SAME, r.exit(), r.out());
        assertTrue(r.out().contains("reference cage.jpg: 1 face") && r.out().contains("SAME PERSON")
                && r.out().matches("(?s).*score 0\\.\\d{4} \\(cosine\\), threshold 0\\.5500.*"), r.out());
    }

    @Test
    void twoPeopleAreDifferent() {
        Run r = run("face-match", samples.resolve("astronaut/astronaut.png").toString(), samples.resolve("hopper/grace_hopper.jpg").toString());
        assertEquals(FaceMatchCommand.DIFFERENT, r.exit(), r.out());
        assertTrue(r.out().contains("DIFFERENT PEOPLE"), r.out());
    }

    @Test
    void noFaceOrAnUnreadableFileIsNoUsableFaceWithTheReason() throws Exception {
        Path wall = dir.resolve("wall.png");
        ImageIO.write(new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB), "png", wall.toFile());
        Run none = run("face-match", samples.resolve("astronaut/astronaut.png").toString(), wall.toString());
        assertEquals(FaceMatchCommand.NO_USABLE_FACE, none.exit(), none.out());
        assertTrue(none.out().contains("probe wall.png: 0 faces") && none.out().contains("NO USABLE FACE: probe: no face found"), none.out());

        Path corrupt = dir.resolve("corrupt.jpg");
        Files.writeString(corrupt, "this is not a JPEG");
        Run bad = run("face-match", corrupt.toString(), samples.resolve("astronaut/astronaut.png").toString());
        assertEquals(FaceMatchCommand.NO_USABLE_FACE, bad.exit(), bad.out());
        assertTrue(bad.out().contains("NO USABLE FACE") && bad.out().contains("corrupt.jpg"), bad.out());
    }

    @Test
    void missingModelsMakeFaceMatchingUnavailableAndSayHowToFix() throws Exception {
        Path site = dir.resolve("site.properties");
        Files.writeString(site, "face.modelDir=" + dir.resolve("no-models") + "\n");
        Run r = run("face-match", "--config", site.toString(), samples.resolve("cage/cage.jpg").toString(),
                samples.resolve("cage/cage2_crop.jpg").toString());
        assertEquals(FaceMatchCommand.UNAVAILABLE, r.exit(), r.out());
        assertTrue(r.out().contains("pnet.tflite is missing") && r.out().contains("scripts/fetch-models"), r.out());
    }
}
