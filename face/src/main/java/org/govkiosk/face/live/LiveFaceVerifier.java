package org.govkiosk.face.live;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
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
 * The kiosk's {@link FaceVerifier}: the face models, loaded on a thread of their own when a face check is coming
 * ({@link #prepare()}: she opened the face way and is reading its consent) and released again after
 * {@code face.idleUnload} without a face check, and {@link LiveFaceCheck} on the camera's frames against the
 * reference portrait's template. A check that starts while the models load waits for them. Everything of the live
 * face (frames, templates) and the portrait is wiped before {@link #verify} returns; nothing is written or logged
 * but the outcome, the score and the reason.
 */
public final class LiveFaceVerifier implements FaceVerifier, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(LiveFaceVerifier.class);

    /** Makes a loaded engine (the models on disk; a test may wrap it). */
    @FunctionalInterface
    public interface EngineLoader {
        FaceEngine load() throws FaceModelException;
    }

    private final EngineLoader loader;
    private final LiveCheckSettings settings;
    private final Duration idleUnload;
    private final java.util.function.Consumer<String> onFailure;
    /** Loads and releases, one at a time, so a release never runs while the models are being made. */
    private final ScheduledExecutorService worker;

    // Guarded by this.
    private CompletableFuture<FaceEngine> engine; // null: not loaded
    private int checksRunning;
    private long idleSince = System.nanoTime();
    private ScheduledFuture<?> release;
    private boolean closed;
    private int loads;
    private int releases;

    private LiveFaceVerifier(EngineLoader loader, LiveCheckSettings settings, Duration idleUnload,
            java.util.function.Consumer<String> onFailure) {
        this.loader = loader;
        this.settings = settings;
        this.idleUnload = idleUnload;
        this.onFailure = onFailure;
        this.worker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "face-models");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Loads the models once now (after the first screen), so that missing or broken ones show at start, and
     * releases them after {@code idleUnload} without a face check ({@link Duration#ZERO}: never); returns at once.
     */
    public static LiveFaceVerifier loadInBackground(FaceSettings face, LiveCheckSettings live, Duration idleUnload,
            java.util.function.Consumer<String> onFailure) {
        LiveFaceVerifier v = new LiveFaceVerifier(() -> FaceEngine.load(face), live, idleUnload, onFailure);
        v.worker.execute(() -> {
            try {
                // Seconds of CPU: after the first screen, not against it (issue 15, cold start on 2 cores).
                org.govkiosk.startup.FirstScreen.await(Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        v.prepare();
        return v;
    }

    /** Loads with {@code loader} when a check is coming, releases after {@code idleUnload} (tools, tests). */
    public static LiveFaceVerifier onDemand(EngineLoader loader, LiveCheckSettings live, Duration idleUnload) {
        return new LiveFaceVerifier(loader, live, idleUnload, reason -> {});
    }

    /** With an engine already loaded, never released (tools, tests). */
    public static LiveFaceVerifier of(FaceEngine engine, LiveCheckSettings live) {
        LiveFaceVerifier v = new LiveFaceVerifier(() -> engine, live, Duration.ZERO, reason -> {});
        v.engine = CompletableFuture.completedFuture(engine);
        v.loads = 1;
        return v;
    }

    /** A face check is coming: starts loading the models unless they are loaded or loading. Any thread; returns at once. */
    @Override
    public void prepare() {
        acquire(false);
    }

    private synchronized CompletableFuture<FaceEngine> acquire(boolean forCheck) {
        if (forCheck) checksRunning++; // before anything returns: the check's end counts it down
        if (closed) return CompletableFuture.failedFuture(new IllegalStateException("face verifier closed"));
        idleSince = System.nanoTime();
        if (engine == null) {
            CompletableFuture<FaceEngine> f = new CompletableFuture<>();
            engine = f;
            loads++;
            worker.execute(() -> load(f));
        }
        scheduleRelease();
        return engine;
    }

    private void load(CompletableFuture<FaceEngine> f) {
        long start = System.nanoTime();
        try {
            FaceEngine loaded = loader.load();
            if (!f.complete(loaded)) { // closed meanwhile
                loaded.close();
                return;
            }
            log.info("face models loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
            synchronized (this) {
                idleSince = System.nanoTime(); // the idle clock starts once they are in memory
                scheduleRelease();
            }
        } catch (FaceModelException | RuntimeException | Error e) {
            log.error("face matching unavailable: {}", e.getMessage());
            f.completeExceptionally(e);
            onFailure.accept(String.valueOf(e.getMessage()));
        }
    }

    private synchronized void checkEnded() {
        checksRunning--;
        idleSince = System.nanoTime();
        scheduleRelease();
    }

    private synchronized void scheduleRelease() {
        if (idleUnload.isZero() || closed) return;
        if (release != null) release.cancel(false);
        release = worker.schedule(this::releaseIfIdle, idleUnload.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** On the worker: drops the models when no check ran for {@code idleUnload} and none is running. */
    private void releaseIfIdle() {
        FaceEngine idle;
        synchronized (this) {
            // Loading: the load schedules the next look; running: the check's end does.
            if (engine == null || checksRunning > 0 || !engine.isDone() || engine.isCompletedExceptionally()) return;
            long left = idleUnload.toNanos() - (System.nanoTime() - idleSince);
            if (left > 0) {
                release = worker.schedule(this::releaseIfIdle, left, TimeUnit.NANOSECONDS);
                return;
            }
            idle = engine.join();
            engine = null;
            releases++;
        }
        idle.close();
        // The interpreters' memory goes back to malloc; hand what it keeps free back to the system now.
        org.bytedeco.javacpp.Pointer.trimMemory();
        log.info("face models released after {} without a face check", idleUnload);
    }

    /** Whether the models are in memory now (loaded, not loading, not released). */
    public synchronized boolean loaded() {
        return engine != null && engine.isDone() && !engine.isCompletedExceptionally();
    }

    /** How often the models were loaded (for tests and the technician). */
    public synchronized int loads() {
        return loads;
    }

    /** How often idle models were released. */
    public synchronized int releases() {
        return releases;
    }

    /**
     * Waits for the models (loading them if released); empty when they could not be loaded. The engine is not held
     * for the caller: after {@code face.idleUnload} it may be released (tools and benchmarks wait with it).
     */
    public Optional<FaceEngine> awaitEngine() throws InterruptedException {
        try {
            return Optional.of(acquire(false).get());
        } catch (ExecutionException e) {
            return Optional.empty();
        }
    }

    @Override
    public synchronized Optional<String> unavailableReason() {
        if (engine == null || !engine.isCompletedExceptionally()) return Optional.empty(); // loaded, loading or released: a check loads and waits
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
        CompletableFuture<FaceEngine> loading = acquire(true);
        try {
            FaceEngine e;
            try {
                e = loading.get();
            } catch (ExecutionException x) {
                Throwable c = x.getCause() == null ? x : x.getCause();
                return new Result(Outcome.UNAVAILABLE, Double.NaN, String.valueOf(c.getMessage()));
            }
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
            checkEnded();
        }
    }

    @Override
    public void close() {
        CompletableFuture<FaceEngine> f;
        synchronized (this) {
            closed = true;
            f = engine;
            engine = null;
        }
        worker.shutdownNow();
        if (f == null) return;
        // A check waiting for a load that will not run now gets its answer (UNAVAILABLE) instead of waiting forever.
        f.completeExceptionally(new IllegalStateException("face verifier closed"));
        f.thenAccept(FaceEngine::close);
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
