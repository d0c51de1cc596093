package org.govkiosk.face.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.govkiosk.device.camera.CameraFrame;
import org.govkiosk.device.camera.FaceVerifier;
import org.govkiosk.device.camera.FaceVerifier.Outcome;
import org.govkiosk.face.FaceTestData;
import org.govkiosk.face.RgbImage;
import org.govkiosk.face.camera.RecordedCamera;
import org.junit.jupiter.api.Test;

/**
 * The kiosk's verifier on the recorded camera: the port the screens use, end to end, and what it leaves behind
 * (nothing: every frame it was given and the reference portrait are zeroed when it returns).
 */
class LiveFaceVerifierTest {
    static RecordedCamera.Scene liveTurns() {
        return new RecordedCamera.Scene() {
            @Override public String name() { return "live-turns"; }
            @Override public FrameSource open() throws java.io.IOException {
                return ImageSequenceSource.ofFolder(FaceTestData.samples().resolve("sequences/live-turns"), 10);
            }
        };
    }

    @Test
    void theRecordedCitizenIsAcceptedAndNothingOfHisFaceOrThePortraitRemains() throws Exception {
        LiveFaceVerifier verifier = LiveFaceVerifier.of(FaceTestData.engine(), LiveFaceCheckTest.SETTINGS);
        RecordedCamera camera = new RecordedCamera(liveTurns());
        camera.start();
        byte[] portrait = Files.readAllBytes(FaceTestData.sample("webcam", "cap13-003.png"));
        List<int[]> previewed = new CopyOnWriteArrayList<>();
        List<String> said = new CopyOnWriteArrayList<>();
        double[] progress = {0};
        FaceVerifier.Result r = verifier.verify(camera, portrait, new FaceVerifier.Listener() {
            @Override public void preview(CameraFrame f) { previewed.add(f.rgb()); }
            @Override public void guidance(String key) { said.add(key); }
            @Override public void challenge(String key) { said.add(key); }
            @Override public void progress(double fraction) { progress[0] = Math.max(progress[0], fraction); }
        });
        assertEquals(Outcome.ACCEPTED, r.outcome(), r::toString);
        assertTrue(r.score() > 0.55, r::toString);
        assertEquals("face.guide.ready", said.get(0));
        assertTrue(said.get(1).startsWith("face.challenge."), said::toString);
        assertEquals(1.0, progress[0], "the progress cue reached the end of the movement");
        assertFalse(previewed.isEmpty());
        for (int[] frame : previewed) assertTrue(Arrays.stream(frame).allMatch(v -> v == 0), "every frame zeroed after use");
        assertTrue(allZero(portrait), "the reference portrait is zeroed");
        camera.close();
    }

    @Test
    void aStrangerIsRefusedAndAPortraitWithoutAFaceIsTheReferencesFault() throws Exception {
        LiveFaceVerifier verifier = LiveFaceVerifier.of(FaceTestData.engine(), LiveFaceCheckTest.SETTINGS);
        RecordedCamera camera = new RecordedCamera(liveTurns());
        camera.start();
        FaceVerifier.Result other = verifier.verify(camera, Files.readAllBytes(FaceTestData.sample("cage", "cage.jpg")), FaceVerifier.Listener.NONE);
        assertEquals(Outcome.DIFFERENT_PERSON, other.outcome(), other::toString);
        byte[] wall = png(new RgbImage(64, 64, new int[64 * 64]));
        assertEquals(Outcome.BAD_REFERENCE, verifier.verify(camera, wall, FaceVerifier.Listener.NONE).outcome());
        assertEquals(Outcome.BAD_REFERENCE, verifier.verify(camera, new byte[] {1, 2, 3}, FaceVerifier.Listener.NONE).outcome());
        camera.unplug();
        FaceVerifier.Result unplugged = verifier.verify(camera, Files.readAllBytes(FaceTestData.sample("webcam", "cap13-003.png")),
                FaceVerifier.Listener.NONE);
        assertEquals(Outcome.CAMERA_FAILED, unplugged.outcome());
        assertTrue(unplugged.technicianDetail().contains("unplugged"), unplugged.technicianDetail());
        camera.close();
    }

    private static boolean allZero(byte[] b) {
        for (byte x : b) if (x != 0) return false;
        return true;
    }

    private static byte[] png(RgbImage img) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img.toBufferedImage(), "png", out);
        return out.toByteArray();
    }
}
