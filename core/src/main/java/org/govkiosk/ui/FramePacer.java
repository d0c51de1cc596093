package org.govkiosk.ui;

import com.badlogic.gdx.scenes.scene2d.Actor;
import com.badlogic.gdx.scenes.scene2d.Group;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.govkiosk.config.ScreenConfig;

/**
 * Frames on demand: a kiosk's screen is still almost all of the time, and under software GL one frame of a full
 * HD screen costs milliseconds of CPU, so drawing 60 of them a second for nothing kept a core busy
 * (issue 15). The window backend is switched to non-continuous rendering and a frame is drawn when:
 * <ul>
 *   <li>input arrives (the libGDX backend requests it itself),</li>
 *   <li>anything is posted to the UI thread (device and session events, work results: the backend draws after
 *       running posted runnables),</li>
 *   <li>any actor still has an {@link com.badlogic.gdx.scenes.scene2d.Action} after a frame (animations keep
 *       frames coming until they finish, capped by {@code screen.maxFps}),</li>
 *   <li>{@link #requestFrame()} is called (any thread), or the delay given to {@link #requestFrameIn} has passed,</li>
 *   <li>the heartbeat: every {@code ui.sessionFrameInterval} during a citizen's visit (countdowns, timeouts,
 *       polls that run on the frame) and every {@code ui.idleFrameInterval} between visits (clock minute,
 *       records service health, fleet commands, watchdog).</li>
 * </ul>
 * Headless (scenario runner, tests) the runner drives frames itself and the pacer does nothing.
 */
public final class FramePacer implements AutoCloseable {
    private final Runnable request;
    private final long idleNanos;
    private final long sessionNanos;
    private volatile boolean inSession;
    private ScheduledFuture<?> beat;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "frame-heartbeat");
        t.setDaemon(true);
        return t;
    });

    /**
     * @param request asks the backend for one frame; must be callable from any thread
     *                ({@code Gdx.graphics::requestRendering} is)
     */
    public FramePacer(Runnable request, Duration idleInterval, Duration sessionInterval) {
        if (idleInterval.isNegative() || idleInterval.isZero() || sessionInterval.isNegative() || sessionInterval.isZero()) {
            throw new IllegalArgumentException("frame intervals must be positive: idle " + idleInterval + ", session " + sessionInterval);
        }
        this.request = request;
        this.idleNanos = idleInterval.toNanos();
        this.sessionNanos = sessionInterval.toNanos();
    }

    /** Keys {@code ui.idleFrameInterval} and {@code ui.sessionFrameInterval} (default.properties). */
    public static FramePacer from(ScreenConfig config, Runnable request) {
        return new FramePacer(request, config.idleFrameInterval(), config.sessionFrameInterval());
    }

    public void start() {
        rescheduleBeat();
    }

    /** One more frame as soon as the frame cap allows. Any thread. */
    public void requestFrame() {
        request.run();
    }

    /**
     * A frame after {@code delay}: for a timer that must fire on time although nothing else happens (a poll, a
     * countdown's end) when the heartbeat is slower than it. Any thread.
     */
    public void requestFrameIn(Duration delay) {
        schedule(request, Math.max(0, delay.toNanos()));
    }

    /**
     * Called at the end of every frame on the UI thread: keeps frames coming while anything animates, and sets
     * the heartbeat for the kiosk's state.
     */
    public void afterFrame(Group root, boolean citizenInSession) {
        boolean wasInSession = inSession;
        inSession = citizenInSession;
        // The idle beat may be a second away: session beats start now.
        if (citizenInSession && !wasInSession) rescheduleBeat();
        if (animating(root)) request.run();
    }

    /** Whether any actor on the stage has an action left to run (an animation, a delayed step). */
    static boolean animating(Actor a) {
        if (a.hasActions()) return true;
        if (a instanceof Group g) {
            for (Actor c : g.getChildren()) if (animating(c)) return true;
        }
        return false;
    }

    private void beat() {
        request.run();
        rescheduleBeat();
    }

    private synchronized void rescheduleBeat() {
        if (beat != null) beat.cancel(false);
        beat = schedule(this::beat, inSession ? sessionNanos : idleNanos);
    }

    private ScheduledFuture<?> schedule(Runnable r, long nanos) {
        try {
            return timer.schedule(r, nanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException closed) {
            return null; // closed: the application is going away, no more frames
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
