package org.govkiosk.face.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.govkiosk.device.camera.FaceVerifier;
import org.govkiosk.device.camera.FaceVerifier.Outcome;
import org.govkiosk.face.FaceEngine;
import org.govkiosk.face.FaceModelException;
import org.govkiosk.face.FaceTestData;
import org.govkiosk.face.camera.RecordedCamera;
import org.junit.jupiter.api.Test;

/**
 * The models on demand: loaded when a check is coming, released (native memory freed) after the idle time, loaded
 * again for the next check; a check that starts while they load waits for them and completes.
 */
class LiveFaceVerifierIdleTest {
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @Test
    void theModelsAreReleasedAfterTheIdleTimeAndLoadedAgainForTheNextCheck() throws Exception {
        List<FaceEngine> made = new CopyOnWriteArrayList<>();
        LiveFaceVerifier verifier = LiveFaceVerifier.onDemand(() -> {
            FaceEngine e = FaceEngine.load(FaceTestData.settings());
            made.add(e);
            return e;
        }, LiveFaceCheckTest.SETTINGS, Duration.ofMillis(300));
        RecordedCamera camera = new RecordedCamera(LiveFaceVerifierTest.liveTurns());
        camera.start();
        try {
            assertFalse(verifier.loaded(), "nothing is loaded before a check is coming");
            assertEquals(0, verifier.loads());

            // The check lasts seconds, far longer than the idle time: the models must stay for all of it.
            List<Boolean> releasedDuringCheck = new CopyOnWriteArrayList<>();
            FaceVerifier.Result first = verifier.verify(camera, portrait(), new FaceVerifier.Listener() {
                @Override public void progress(double fraction) {
                    releasedDuringCheck.add(!verifier.loaded() || made.get(0).released());
                }
            });
            assertEquals(Outcome.ACCEPTED, first.outcome(), first::toString);
            assertFalse(releasedDuringCheck.isEmpty());
            assertFalse(releasedDuringCheck.contains(true), "released while a check was using them");
            assertEquals(1, made.size());

            waitFor(() -> verifier.releases() == 1, "the models released after 300 ms without a check");
            assertFalse(verifier.loaded());
            assertTrue(made.get(0).released(), "every interpreter, resolver and model of the released engine freed");
            assertTrue(verifier.unavailableReason().isEmpty(), "released is not unavailable: the next check loads them");

            FaceVerifier.Result second = verifier.verify(camera, portrait(), FaceVerifier.Listener.NONE);
            assertEquals(Outcome.ACCEPTED, second.outcome(), second::toString);
            assertEquals(2, verifier.loads());
            assertEquals(2, made.size());
            assertFalse(made.get(1).released() && verifier.loaded(), "the reloaded engine is the live one");
        } finally {
            camera.close();
            verifier.close();
        }
        waitFor(() -> made.get(made.size() - 1).released(), "closing the verifier frees the loaded engine");
    }

    @Test
    void aCheckThatStartsWhileTheModelsLoadWaitsForThemAndCompletes() throws Exception {
        CountDownLatch mayLoad = new CountDownLatch(1);
        LiveFaceVerifier verifier = LiveFaceVerifier.onDemand(() -> {
            try {
                if (!mayLoad.await(DEADLINE.toSeconds(), TimeUnit.SECONDS)) throw new FaceModelException("test never let it load");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FaceModelException("interrupted");
            }
            return FaceEngine.load(FaceTestData.settings());
        }, LiveFaceCheckTest.SETTINGS, Duration.ofMinutes(5));
        RecordedCamera camera = new RecordedCamera(LiveFaceVerifierTest.liveTurns());
        camera.start();
        try {
            verifier.prepare(); // she opened the face way: loading starts (held back by the latch)
            byte[] portrait = portrait();
            CompletableFuture<FaceVerifier.Result> check = checkInBackground(verifier, camera, portrait);
            assertFalse(verifier.loaded());
            assertTrue(verifier.unavailableReason().isEmpty(), "loading is not unavailable: the face way stays offered");
            mayLoad.countDown();
            FaceVerifier.Result r = check.get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
            assertEquals(Outcome.ACCEPTED, r.outcome(), r::toString);
            assertEquals(1, verifier.loads(), "the prepared load and the check share one load");
            assertTrue(verifier.loaded());
        } finally {
            camera.close();
            verifier.close();
        }
    }

    @Test
    void aCheckWaitingForTheModelsWhenTheKioskStopsEndsUnavailableInsteadOfWaitingForever() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        LiveFaceVerifier verifier = LiveFaceVerifier.onDemand(() -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new FaceModelException("stopped while loading");
        }, LiveFaceCheckTest.SETTINGS, Duration.ofMinutes(5));
        RecordedCamera camera = new RecordedCamera(LiveFaceVerifierTest.liveTurns());
        camera.start();
        try {
            byte[] portrait = portrait();
            CompletableFuture<FaceVerifier.Result> check = checkInBackground(verifier, camera, portrait);
            waitFor(() -> verifier.loads() == 1, "the check started the load");
            verifier.close();
            FaceVerifier.Result r = check.get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
            assertEquals(Outcome.UNAVAILABLE, r.outcome(), r::toString);
            assertTrue(allZero(portrait), "the portrait is wiped on this way out too");
        } finally {
            camera.close();
        }
    }

    private static boolean allZero(byte[] b) {
        for (byte x : b) if (x != 0) return false;
        return true;
    }

    @Test
    void aModelThatCannotLoadMakesTheCheckUnavailableWithTheReason() throws Exception {
        LiveFaceVerifier verifier = LiveFaceVerifier.onDemand(() -> {
            throw new FaceModelException("model file /nowhere/pnet.tflite is missing");
        }, LiveFaceCheckTest.SETTINGS, Duration.ofMillis(100));
        RecordedCamera camera = new RecordedCamera(LiveFaceVerifierTest.liveTurns());
        camera.start();
        try {
            FaceVerifier.Result r = verifier.verify(camera, portrait(), FaceVerifier.Listener.NONE);
            assertEquals(Outcome.UNAVAILABLE, r.outcome());
            assertTrue(r.technicianDetail().contains("pnet.tflite"), r.technicianDetail());
            assertTrue(verifier.unavailableReason().orElse("").contains("pnet.tflite"));
        } finally {
            camera.close();
            verifier.close();
        }
    }

    private static byte[] portrait() throws Exception {
        return Files.readAllBytes(FaceTestData.sample("webcam", "cap13-003.png"));
    }

    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) throw new AssertionError("not within " + DEADLINE + ": " + what);
            Thread.sleep(20);
        }
    }

    /** A face check on another thread, as the identify screen runs it. */
    private static CompletableFuture<FaceVerifier.Result> checkInBackground(LiveFaceVerifier verifier, RecordedCamera camera, byte[] portrait) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return verifier.verify(camera, portrait, FaceVerifier.Listener.NONE);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
