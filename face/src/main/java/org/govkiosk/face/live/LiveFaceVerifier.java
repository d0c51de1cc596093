package org.govkiosk.face.live;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.govkiosk.device.DeviceException;
import org.govkiosk.device.camera.CameraFrame;
import org.govkiosk.device.camera.FaceCamera;
import org.govkiosk.device.camera.FaceVerifier;
import org.govkiosk.device.camera.FrameFeed;
import org.govkiosk.face.FaceEngine;
import org.govkiosk.face.FaceModelException;
import org.govkiosk.face.FaceSettings;
import org.govkiosk.face.FaceTemplate;
import org.govkiosk.face.RgbImage;
import org.govkiosk.face.UnreadableImageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's {@link FaceVerifier}: the face models, loaded once per process on a background thread, and
 * {@link LiveFaceCheck} on the camera's frames against the reference portrait's template. Everything of the live
 * face (frames, templates) and the portrait is wiped before {@link #verify} returns; nothing is written or logged
 * but the outcome, the score and the reason.
 */
public final class LiveFaceVerifier implements FaceVerifier, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(LiveFaceVerifier.class);

    private final CompletableFuture<FaceEngine> engine;
    private final LiveCheckSettings settings;

    private LiveFaceVerifier(CompletableFuture<FaceEngine> engine, LiveCheckSettings settings) {
        this.engine = engine;
        this.settings = settings;
    }

    /**
     * Starts loading the models on a thread of its own and returns at once; when a launcher expects a screen, the
     * loading begins once the first screen is on ({@link org.govkiosk.startup.FirstScreen}).
     */
    public static LiveFaceVerifier loadInBackground(FaceSettings face, LiveCheckSettings live,
            java.util.function.Consumer<String> onFailure) {
        CompletableFuture<FaceEngine> f = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                // Seconds of CPU: after the first screen, not against it (issue 15, cold start on 2 cores).
                org.govkiosk.startup.FirstScreen.await(java.time.Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            long start = System.nanoTime();
            try {
                f.complete(FaceEngine.load(face));
                log.info("face models loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
            } catch (FaceModelException | RuntimeException | Error e) {
                log.error("face matching unavailable: {}", e.getMessage());
                f.completeExceptionally(e);
                onFailure.accept(String.valueOf(e.getMessage()));
            }
        }, "face-models");
        t.setDaemon(true);
        t.start();
        return new LiveFaceVerifier(f, live);
    }

    /** With an engine already loaded (tools, tests). */
    public static LiveFaceVerifier of(FaceEngine engine, LiveCheckSettings live) {
        return new LiveFaceVerifier(CompletableFuture.completedFuture(engine), live);
    }

    /** Waits for the models; empty when they could not be loaded. */
    public Optional<FaceEngine> awaitEngine() throws InterruptedException {
        try {
            return Optional.of(engine.get());
        } catch (ExecutionException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<String> unavailableReason() {
        if (!engine.isCompletedExceptionally()) return Optional.empty(); // loaded, or loading: a check waits for it
        try {
            engine.getNow(null);
            return Optional.empty();
        } catch (RuntimeException e) {
            Throwable c = e.getCause() == null ? e : e.getCause();
            return Optional.of(c.getMessage() == null ? c.toString() : c.getMessage());
        }
    }

    @Override
    public Result verify(FaceCamera camera, byte[] referencePortrait, Listener listener) throws InterruptedException {
        FaceTemplate reference = null;
        try {
            Optional<FaceEngine> loaded = awaitEngine();
            if (loaded.isEmpty()) return new Result(Outcome.UNAVAILABLE, Double.NaN, unavailableReason().orElse("face models not loaded"));
            FaceEngine e = loaded.get();
            RgbImage ref;
            try {
                ref = RgbImage.decode(referencePortrait);
            } catch (UnreadableImageException x) {
                return new Result(Outcome.BAD_REFERENCE, Double.NaN, "reference portrait: " + x.getMessage());
            }
            try {
                FaceEngine.Analysis a = e.analyse(ref);
                if (!a.usable()) return new Result(Outcome.BAD_REFERENCE, Double.NaN, "reference portrait: " + a.unusable().technicianText);
                reference = e.template(ref, a.face());
            } finally {
                ref.wipe();
            }
            FrameFeed feed;
            try {
                feed = camera.openFeed();
            } catch (DeviceException x) {
                return new Result(Outcome.CAMERA_FAILED, Double.NaN, "camera: " + x.technicianDetail());
            }
            try (FeedSource source = new FeedSource(feed, listener)) {
                LiveFaceCheck.Result r = new LiveFaceCheck(e, settings).run(source, reference, Challenge.random(), new LiveFaceCheck.Listener() {
                    @Override public void guidance(Guidance g) { listener.guidance(g.messageKey()); }
                    @Override public void challenge(Challenge c) { listener.challenge(c.messageKey()); }
                    @Override public void progress(double fraction) { listener.progress(fraction); }
                });
                String detail = r.technicianDetail() + (source.failure == null ? "" : "; camera: " + source.failure)
                        + (r.millisAfterChallenge() >= 0 ? "; verdict " + r.millisAfterChallenge() + " ms after the action" : "");
                return new Result(switch (r.outcome()) {
                    case ACCEPTED -> Outcome.ACCEPTED;
                    case DIFFERENT_PERSON -> Outcome.DIFFERENT_PERSON;
                    case LIVENESS_FAILED -> Outcome.LIVENESS_FAILED;
                    case NO_GOOD_FRAME -> Outcome.NO_GOOD_FRAME;
                    case CAMERA_STOPPED, FROZEN_IMAGE -> Outcome.CAMERA_FAILED;
                }, r.score(), r.outcome() + ": " + detail);
            }
        } catch (RuntimeException x) {
            log.warn("face check failed", x);
            return new Result(Outcome.UNAVAILABLE, Double.NaN, "face check failed: " + x);
        } finally {
            if (reference != null) reference.wipe();
            Arrays.fill(referencePortrait, (byte) 0);
        }
    }

    @Override
    public void close() {
        engine.thenAccept(FaceEngine::close);
    }

    /** The camera's feed as the live check reads it; every frame goes to the preview first. */
    private static final class FeedSource implements FrameSource {
        private final FrameFeed feed;
        private final Listener listener;
        String failure;

        FeedSource(FrameFeed feed, Listener listener) {
            this.feed = feed;
            this.listener = listener;
        }

        @Override
        public Optional<Frame> next(Duration timeout) throws InterruptedException {
            Optional<CameraFrame> f;
            try {
                f = feed.next(timeout);
            } catch (DeviceException e) {
                failure = e.technicianDetail();
                return Optional.empty();
            }
            if (f.isEmpty()) return Optional.empty();
            CameraFrame frame = f.get();
            listener.preview(frame);
            return Optional.of(new Frame(RgbImage.of(frame), frame.nanos()));
        }

        @Override
        public double framesPerSecond() {
            return 0;
        }

        @Override
        public void close() {
            feed.close();
        }
    }
}
