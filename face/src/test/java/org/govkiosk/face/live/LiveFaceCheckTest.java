package org.govkiosk.face.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.govkiosk.config.KioskConfig;
import org.govkiosk.face.FaceEngine;
import org.govkiosk.face.FaceTemplate;
import org.govkiosk.face.FaceTestData;
import org.govkiosk.face.RgbImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The live check through the file camera, with the kiosk's own settings: the person of a webcam recording
 * (6 s in which he turns right, left and nods) against a still from his other recording as reference.
 * Time limits run on the recording's clock, so these results do not depend on the machine's load.
 */
class LiveFaceCheckTest {
    static final LiveCheckSettings SETTINGS = LiveCheckSettings.from(org.govkiosk.config.KioskSettings.defaults().face());

    static FaceTemplate reference(String person, String file) throws Exception {
        FaceEngine e = FaceTestData.engine();
        RgbImage img = RgbImage.read(FaceTestData.sample(person, file));
        return e.template(img, e.analyse(img).face());
    }

    /** The kiosk's settings with shorter limits, where a test only needs a limit to run out. */
    static LiveCheckSettings withTimeouts(java.time.Duration capture, java.time.Duration challenge) {
        LiveCheckSettings s = SETTINGS;
        return new LiveCheckSettings(s.limits(), capture, challenge, s.frameTimeout(), s.minYawChange(), s.minPitchChange(), s.frozenFrames());
    }

    static ImageSequenceSource liveCitizen() throws Exception {
        return ImageSequenceSource.ofFolder(FaceTestData.samples().resolve("sequences/live-turns"), 10);
    }

    @ParameterizedTest
    @EnumSource(Challenge.class)
    void theLivePersonDoingTheAskedActionIsAccepted(Challenge challenge) throws Exception {
        List<Object> shown = new CopyOnWriteArrayList<>();
        LiveFaceCheck.Listener screen = new LiveFaceCheck.Listener() {
            @Override public void guidance(Guidance g) { shown.add(g); }
            @Override public void challenge(Challenge c) { shown.add(c); }
        };
        LiveFaceCheck.Result r = new LiveFaceCheck(FaceTestData.engine(), SETTINGS)
                .run(liveCitizen(), reference("webcam", "cap13-001.png"), challenge, screen);
        assertEquals(LiveFaceCheck.Outcome.ACCEPTED, r.outcome(), r::toString);
        assertTrue(r.score() >= r.threshold(), r::toString);
        assertEquals(List.of(Guidance.READY, challenge), shown, "guided to a good frame, then asked for the action");
    }

    @Test
    void aLiveStrangerIsRefusedAsADifferentPerson() throws Exception {
        LiveFaceCheck.Result r = new LiveFaceCheck(FaceTestData.engine(), SETTINGS)
                .run(liveCitizen(), reference("franck", "franck_01829.jpg"), Challenge.TURN_RIGHT, LiveFaceCheck.Listener.NONE);
        assertEquals(LiveFaceCheck.Outcome.DIFFERENT_PERSON, r.outcome(), r::toString);
        assertTrue(r.score() < r.threshold(), r::toString);
    }

    @ParameterizedTest
    @EnumSource(Challenge.class)
    void aPrintedPhotoOfTheRightPersonHeldUpFailsLiveness(Challenge challenge) throws Exception {
        RgbImage photo = RgbImage.read(FaceTestData.sample("webcam", "cap12-001.png"));
        // 4 s to do it (a shorter limit keeps the test short; the photo never moves anyway) and more frames than that
        // at 10 frames/s, so it is the time limit that ends it.
        LiveCheckSettings settings = withTimeouts(SETTINGS.captureTimeout(), java.time.Duration.ofSeconds(4));
        HeldUpPhotoSource held = new HeldUpPhotoSource(photo, 10, 80, 11);
        LiveFaceCheck.Result r = new LiveFaceCheck(FaceTestData.engine(), settings)
                .run(held, reference("webcam", "cap13-001.png"), challenge, LiveFaceCheck.Listener.NONE);
        assertEquals(LiveFaceCheck.Outcome.LIVENESS_FAILED, r.outcome(), r::toString);
    }

    @Test
    void aFrozenImageIsCaughtBeforeAnythingIsCompared(@TempDir Path dir) throws Exception {
        Path still = FaceTestData.samples().resolve("sequences/live-turns/0001.png");
        LiveFaceCheck.Result r = new LiveFaceCheck(FaceTestData.engine(), SETTINGS).run(
                new ImageSequenceSource(Collections.nCopies(30, still), 10), reference("webcam", "cap13-001.png"),
                Challenge.NOD, LiveFaceCheck.Listener.NONE);
        assertEquals(LiveFaceCheck.Outcome.FROZEN_IMAGE, r.outcome(), r::toString);
    }

    @Test
    void aCameraThatStopsDeliveringEndsTheCheckWithoutAVerdict() throws Exception {
        List<Path> first = new ArrayList<>();
        for (int i = 1; i <= 8; i++) first.add(FaceTestData.samples().resolve(String.format("sequences/live-turns/%04d.png", i)));
        LiveFaceCheck.Result r = new LiveFaceCheck(FaceTestData.engine(), SETTINGS).run(
                new ImageSequenceSource(first, 10), reference("webcam", "cap13-001.png"), Challenge.TURN_LEFT, LiveFaceCheck.Listener.NONE);
        assertEquals(LiveFaceCheck.Outcome.CAMERA_STOPPED, r.outcome(), r::toString);
    }

    @Test
    void aCorruptFrameIsSkippedAndTheCheckGoesOn(@TempDir Path dir) throws Exception {
        List<Path> frames = new ArrayList<>();
        try (var s = Files.list(FaceTestData.samples().resolve("sequences/live-turns"))) {
            frames.addAll(s.sorted().toList());
        }
        Path corrupt = dir.resolve("corrupt.png");
        Files.writeString(corrupt, "not a frame");
        frames.add(5, corrupt);
        ImageSequenceSource camera = new ImageSequenceSource(frames, 10);
        LiveFaceCheck.Result r = new LiveFaceCheck(FaceTestData.engine(), SETTINGS)
                .run(camera, reference("webcam", "cap13-001.png"), Challenge.TURN_RIGHT, LiveFaceCheck.Listener.NONE);
        assertEquals(LiveFaceCheck.Outcome.ACCEPTED, r.outcome(), r::toString);
        assertEquals(1, camera.corruptFrames());
    }

    @Test
    void nobodyOrTwoPeopleInFrontAreGuidedAndNeverCompared(@TempDir Path dir) throws Exception {
        BufferedImage a = RgbImage.read(FaceTestData.sample("webcam", "cap12-001.png")).toBufferedImage();
        BufferedImage b = RgbImage.read(FaceTestData.sample("webcam", "cap13-003.png")).toBufferedImage();
        BufferedImage two = new BufferedImage(800, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = two.createGraphics();
        g.drawImage(a, 0, 0, null);
        g.drawImage(b, 400, 0, null);
        g.dispose();
        BufferedImage empty = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        LiveCheckSettings settings = withTimeouts(java.time.Duration.ofSeconds(3), SETTINGS.challengeTimeout());
        for (BufferedImage scene : new BufferedImage[] {empty, two}) {
            List<Path> frames = new ArrayList<>();
            for (int i = 0; i < (settings.captureTimeout().toSeconds() + 1) * 10; i++) {
                // Each frame differs a little, like a real sensor, so this is not the frozen-image case.
                BufferedImage f = new BufferedImage(scene.getWidth(), scene.getHeight(), BufferedImage.TYPE_INT_RGB);
                f.getGraphics().drawImage(scene, 0, 0, null);
                f.setRGB(i % f.getWidth(), 0, 0x010101 * (i % 200));
                Path p = dir.resolve(scene.getWidth() + "-" + String.format("%04d", i) + ".png");
                javax.imageio.ImageIO.write(f, "png", p.toFile());
                frames.add(p);
            }
            List<Guidance> shown = new CopyOnWriteArrayList<>();
            LiveFaceCheck.Result r = new LiveFaceCheck(FaceTestData.engine(), settings).run(new ImageSequenceSource(frames, 10),
                    reference("webcam", "cap13-001.png"), Challenge.NOD, new LiveFaceCheck.Listener() {
                        @Override public void guidance(Guidance gd) { shown.add(gd); }
                    });
            Guidance expected = scene == empty ? Guidance.NO_FACE : Guidance.MORE_THAN_ONE_FACE;
            assertEquals(LiveFaceCheck.Outcome.NO_GOOD_FRAME, r.outcome(), r::toString);
            assertEquals(expected, r.guidance());
            assertEquals(List.of(expected), shown);
        }
    }
}
