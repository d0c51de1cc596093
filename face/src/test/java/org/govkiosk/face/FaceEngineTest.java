package org.govkiosk.face;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FaceEngineTest {
    @Test
    void findsTheAstronautsFaceWithEyesAboveNoseAboveMouthInsideTheBox() throws Exception {
        RgbImage img = RgbImage.read(FaceTestData.sample("astronaut", "astronaut.png"));
        FaceEngine.Analysis a = FaceTestData.engine().analyse(img);
        assertTrue(a.usable(), () -> "faces: " + a.faces());
        DetectedFace f = a.face();
        assertTrue(f.confidence() > 0.9, f::toString);
        for (int i = 0; i < DetectedFace.LANDMARKS; i++) {
            assertTrue(f.landmarkX(i) > f.x1() && f.landmarkX(i) < f.x2() && f.landmarkY(i) > f.y1() && f.landmarkY(i) < f.y2(),
                    "landmark " + i + " inside " + f);
        }
        assertTrue(f.landmarkX(0) < f.landmarkX(2) && f.landmarkX(2) < f.landmarkX(1), "nose between the eyes");
        assertTrue(f.landmarkY(2) > f.landmarkY(0) && f.landmarkY(3) > f.landmarkY(2), "eyes, nose, mouth top to bottom");
    }

    @Test
    void samePersonScoresAboveAndAStrangerBelowTheThreshold() throws Exception {
        FaceEngine e = FaceTestData.engine();
        RgbImage franckA = RgbImage.read(FaceTestData.sample("franck", "franck_01829.jpg"));
        RgbImage franckB = RgbImage.read(FaceTestData.sample("franck", "franck_04117.jpg"));
        RgbImage hopper = RgbImage.read(FaceTestData.sample("hopper", "grace_hopper.jpg"));
        FaceEngine.Comparison same = e.compare(franckA, franckB);
        FaceEngine.Comparison other = e.compare(franckA, hopper);
        assertTrue(same.samePerson(), () -> "score " + same.score());
        assertTrue(other.comparable() && !other.samePerson(), () -> "score " + other.score());
        assertTrue(same.score() - other.score() > 0.3, () -> same.score() + " vs " + other.score());
    }

    @Test
    void pNetKeepsOneInterpreterPerPyramidShapeUpToItsBoundAndFindsTheSameFaceWithThem() throws Exception {
        RgbImage astronaut = RgbImage.read(FaceTestData.sample("astronaut", "astronaut.png"));
        try (MtcnnDetector d = new MtcnnDetector(FaceTestData.modelDir(), 1)) {
            DetectedFace first = d.detect(astronaut, 40).get(0);
            int shapes = d.pnetShapes();
            assertTrue(shapes > 3, "one per pyramid level: " + shapes);
            DetectedFace again = d.detect(astronaut, 40).get(0);
            assertEquals(shapes, d.pnetShapes(), "the same picture size reuses its interpreters");
            assertEquals(first.x1(), again.x1(), 0.01f);
            assertEquals(first.confidence(), again.confidence(), 1e-5f);
            // Pictures of many sizes: the oldest shapes are closed, the bound holds, and faces are still found.
            for (int w = 300; w <= 620; w += 40) {
                RgbImage scaled = FaceBenchmark.scaled(astronaut.toBufferedImage(), w, w);
                assertFalse(d.detect(scaled, 40).isEmpty(), "face at " + w + " px");
                assertTrue(d.pnetShapes() <= MtcnnDetector.PNET_SHAPES, "bounded: " + d.pnetShapes());
            }
            assertEquals(MtcnnDetector.PNET_SHAPES, d.pnetShapes());
        }
    }

    @Test
    void aPictureWithoutAFaceSaysSo() throws Exception {
        BufferedImage wall = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = wall.createGraphics();
        g.setPaint(new java.awt.GradientPaint(0, 0, java.awt.Color.LIGHT_GRAY, 640, 480, java.awt.Color.DARK_GRAY));
        g.fillRect(0, 0, 640, 480);
        g.dispose();
        FaceEngine.Analysis a = FaceTestData.engine().analyse(RgbImage.of(wall));
        assertFalse(a.usable());
        assertEquals(FaceEngine.Unusable.NO_FACE, a.unusable());
    }

    @Test
    void twoPeopleSideBySideAreNotCompared() throws Exception {
        BufferedImage left = RgbImage.read(FaceTestData.sample("astronaut", "astronaut.png")).toBufferedImage();
        BufferedImage right = RgbImage.read(FaceTestData.sample("hopper", "grace_hopper.jpg")).toBufferedImage();
        BufferedImage both = new BufferedImage(1024, 600, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = both.createGraphics();
        g.drawImage(left, 0, 0, 512, 512, null);
        g.drawImage(right, 512, 0, 512, 600, null);
        g.dispose();
        FaceEngine.Analysis a = FaceTestData.engine().analyse(RgbImage.of(both));
        assertEquals(FaceEngine.Unusable.MORE_THAN_ONE_FACE, a.unusable(), () -> "faces: " + a.faces());
        assertEquals(2, a.faces().size());
    }

    @Test
    void aCorruptImageIsATypedErrorNamingTheFile(@TempDir Path dir) throws Exception {
        byte[] jpeg = Files.readAllBytes(FaceTestData.sample("hopper", "grace_hopper.jpg"));
        Path truncated = dir.resolve("truncated.jpg");
        Files.write(truncated, java.util.Arrays.copyOf(jpeg, 200));
        Path text = dir.resolve("notes.png");
        Files.writeString(text, "not an image");
        for (Path bad : new Path[] {text, dir.resolve("absent.png")}) {
            UnreadableImageException e = assertThrows(UnreadableImageException.class, () -> RgbImage.read(bad));
            assertTrue(e.getMessage().contains(bad.toString()), e.getMessage());
        }
        // A JPEG cut short decodes to a partial (grey) picture in ImageIO or fails: either way no exception escapes
        // untyped, and no face is made up from it.
        try {
            FaceEngine.Analysis a = FaceTestData.engine().analyse(RgbImage.read(truncated));
            assertFalse(a.usable(), "no face in the first 200 bytes of a JPEG");
        } catch (UnreadableImageException expected) {
            assertTrue(expected.getMessage().contains("truncated.jpg"));
        }
    }

    @Test
    void missingOrCorruptModelFilesAreATypedErrorThatSaysHowToFix(@TempDir Path dir) throws Exception {
        FaceSettings s = FaceTestData.settings();
        FaceModelException missing = assertThrows(FaceModelException.class,
                () -> FaceEngine.load(new FaceSettings(Optional.of(dir), s.matchThreshold(), s.minFaceSize(), 1)));
        assertTrue(missing.getMessage().contains("pnet.tflite") && missing.getMessage().contains("scripts/fetch-models"), missing.getMessage());

        for (String f : new String[] {"pnet.tflite", "rnet.tflite", "onet.tflite"}) Files.copy(FaceTestData.modelDir().resolve(f), dir.resolve(f));
        byte[] real = Files.readAllBytes(FaceTestData.modelDir().resolve("MobileFaceNet.tflite"));
        Files.write(dir.resolve("MobileFaceNet.tflite"), java.util.Arrays.copyOf(real, real.length / 3));
        FaceModelException corrupt = assertThrows(FaceModelException.class,
                () -> FaceEngine.load(new FaceSettings(Optional.of(dir), s.matchThreshold(), s.minFaceSize(), 1)));
        assertTrue(corrupt.getMessage().contains("MobileFaceNet.tflite") && corrupt.getMessage().contains("not a valid"), corrupt.getMessage());
    }
}
