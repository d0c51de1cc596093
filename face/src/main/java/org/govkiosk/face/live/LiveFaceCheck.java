package org.govkiosk.face.live;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.govkiosk.face.FaceEngine;
import org.govkiosk.face.FaceTemplate;
import org.govkiosk.face.RgbImage;

/**
 * The live 1:1 check at the kiosk, on a worker thread: guide the citizen until one good frame (size, centre,
 * light, sharpness), ask for one random action and watch it from the landmarks, then compare the face seen before
 * and after the action with the reference template. Every frame is wiped as soon as it has been looked at;
 * templates of the live face are wiped before this returns. Nothing is written anywhere. Time limits run on the
 * camera's clock ({@link Frame#nanos()}); "after the challenge" is measured on the wall clock.
 */
public final class LiveFaceCheck {
    public enum Outcome {
        /** Live (the action was seen) and the same person as the reference. */
        ACCEPTED,
        /** Live, but not the person of the reference. */
        DIFFERENT_PERSON,
        /** The asked action was not seen in time: a photo, a still screen, or someone who did not do it. */
        LIVENESS_FAILED,
        /** No usable frame in time; {@link Result#guidance()} says what was wrong last. */
        NO_GOOD_FRAME,
        /** The camera stopped delivering frames. */
        CAMERA_STOPPED,
        /** The camera delivered the same picture over and over (a frozen driver or an injected still). */
        FROZEN_IMAGE
    }

    /** What the screen shows while the check runs. Called on the worker thread: post to the UI thread. */
    public interface Listener {
        Listener NONE = new Listener() {};

        default void guidance(Guidance g) {}

        default void challenge(Challenge c) {}

        /** How much of the asked movement has been seen so far, 0..1. */
        default void progress(double fraction) {}
    }

    /**
     * @param score                 cosine, the lower of before/after the action; NaN when not compared
     * @param millisAfterChallenge  from the frame where the action was seen to the verdict; -1 if not reached
     */
    public record Result(Outcome outcome, Guidance guidance, Challenge challenge, double score, double threshold,
            long millisAfterChallenge, int frames, String technicianDetail) {
        public boolean accepted() { return outcome == Outcome.ACCEPTED; }
    }

    private final FaceEngine engine;
    private final LiveCheckSettings settings;

    public LiveFaceCheck(FaceEngine engine, LiveCheckSettings settings) {
        this.engine = engine;
        this.settings = settings;
    }

    public Result run(FrameSource camera, FaceTemplate reference, Challenge challenge, Listener listener) throws InterruptedException {
        int frames = 0;
        Guidance last = null;
        FaceTemplate before = null;
        FrozenWatch frozen = new FrozenWatch(settings.frozenFrames());
        try {
            long deadline = Long.MAX_VALUE;
            while (before == null) {
                Optional<Frame> f = camera.next(settings.frameTimeout());
                if (f.isEmpty()) return stopped(challenge, frames, last);
                RgbImage frame = f.get().image();
                if (deadline == Long.MAX_VALUE) deadline = f.get().nanos() + settings.captureTimeout().toNanos();
                if (f.get().nanos() > deadline) {
                    frame.wipe();
                    return new Result(Outcome.NO_GOOD_FRAME, last, challenge, Double.NaN, engine.threshold(), -1, frames,
                            "no usable frame in " + settings.captureTimeout().toSeconds() + " s; last: " + last);
                }
                frames++;
                try {
                    if (frozen.same(frame)) return frozen(challenge, frames, last);
                    FrameCheck c = FrameCheck.of(engine, frame, settings.limits());
                    if (c.guidance() != last) listener.guidance(c.guidance());
                    last = c.guidance();
                    if (c.ready()) before = engine.template(frame, c.face());
                } finally {
                    frame.wipe();
                }
            }

            listener.challenge(challenge);
            LivenessCheck liveness = new LivenessCheck(challenge, settings.minYawChange(), settings.minPitchChange());
            deadline = Long.MAX_VALUE;
            long seenAt = -1;
            FaceTemplate after = null;
            while (after == null) {
                Optional<Frame> f = camera.next(settings.frameTimeout());
                if (f.isEmpty()) return stopped(challenge, frames, last);
                RgbImage frame = f.get().image();
                if (deadline == Long.MAX_VALUE) deadline = f.get().nanos() + settings.challengeTimeout().toNanos();
                if (f.get().nanos() > deadline) {
                    frame.wipe();
                    // Not the person either: that is the answer she gets, live or not (a stranger need not be told
                    // that his movement was not enough).
                    double beforeScore = reference.cosine(before);
                    if (beforeScore < engine.threshold()) {
                        return new Result(Outcome.DIFFERENT_PERSON, last, challenge, beforeScore, engine.threshold(), -1, frames,
                                String.format(java.util.Locale.ROOT, "%s not seen and score %.3f vs threshold %.3f",
                                        challenge, beforeScore, engine.threshold()));
                    }
                    return new Result(Outcome.LIVENESS_FAILED, last, challenge, Double.NaN, engine.threshold(), -1, frames,
                            String.format(java.util.Locale.ROOT, "%s not seen in %d s (reached %.0f%% of the movement)",
                                    challenge, settings.challengeTimeout().toSeconds(), 100 * liveness.furthest()));
                }
                frames++;
                try {
                    if (frozen.same(frame)) return frozen(challenge, frames, last);
                    FaceEngine.Analysis a = engine.analyse(frame);
                    if (a.unusable() == FaceEngine.Unusable.MORE_THAN_ONE_FACE) {
                        listener.guidance(Guidance.MORE_THAN_ONE_FACE);
                        last = Guidance.MORE_THAN_ONE_FACE;
                        continue;
                    }
                    if (!a.usable()) continue;
                    if (seenAt < 0) {
                        if (liveness.add(HeadPose.of(a.face()))) seenAt = System.nanoTime();
                        listener.progress(seenAt >= 0 ? 1 : Math.min(1, Math.max(0, liveness.furthest())));
                    } else {
                        // The face after the action must be the same person too: a swap during the action counts.
                        after = engine.template(frame, a.face());
                    }
                } finally {
                    frame.wipe();
                }
            }
            double score = Math.min(reference.cosine(before), reference.cosine(after));
            boolean same = score >= engine.threshold();
            long ms = (System.nanoTime() - seenAt) / 1_000_000;
            after.wipe();
            return new Result(same ? Outcome.ACCEPTED : Outcome.DIFFERENT_PERSON, last, challenge, score, engine.threshold(),
                    ms, frames, String.format(java.util.Locale.ROOT, "%s seen; score %.3f vs threshold %.3f", challenge, score, engine.threshold()));
        } finally {
            if (before != null) before.wipe();
        }
    }

    private Result stopped(Challenge c, int frames, Guidance last) {
        return new Result(Outcome.CAMERA_STOPPED, last, c, Double.NaN, engine.threshold(), -1, frames,
                "no frame from the camera in " + settings.frameTimeout().toMillis() + " ms after " + frames + " frames");
    }

    private Result frozen(Challenge c, int frames, Guidance last) {
        return new Result(Outcome.FROZEN_IMAGE, last, c, Double.NaN, engine.threshold(), -1, frames,
                settings.frozenFrames() + " identical frames in a row");
    }

    /** Counts pixel-identical frames in a row (a live sensor always has noise). */
    private static final class FrozenWatch {
        private final int limit;
        private int previous;
        private int run;

        FrozenWatch(int limit) {
            this.limit = limit;
        }

        boolean same(RgbImage frame) {
            int[] px = new int[frame.width() * frame.height()];
            for (int y = 0, i = 0; y < frame.height(); y++) for (int x = 0; x < frame.width(); x++) px[i++] = frame.rgb(x, y);
            int h = Arrays.hashCode(px);
            Arrays.fill(px, 0);
            run = h == previous ? run + 1 : 1;
            previous = h;
            return run >= limit;
        }
    }
}
