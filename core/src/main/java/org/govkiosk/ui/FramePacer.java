package org.govkiosk.ui;

import com.badlogic.gdx.scenes.scene2d.Actor;
import com.badlogic.gdx.scenes.scene2d.Group;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
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
 *   <li>{@link #requestFrame()} is called (any thread),</li>
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
    private volatile boolean closed;
    private final Thread heartbeat;

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
        this.heartbeat = new Thread(this::beat, "frame-heartbeat");
        heartbeat.setDaemon(true);
    }

    /** Keys {@code ui.idleFrameInterval} and {@code ui.sessionFrameInterval} (default.properties). */
    public static FramePacer from(ScreenConfig config, Runnable request) {
        return new FramePacer(request, config.idleFrameInterval(), config.sessionFrameInterval());
    }

    public void start() {
        heartbeat.start();
    }

    /** One more frame as soon as the frame cap allows. Any thread. */
    public void requestFrame() {
        request.run();
    }

    /**
     * Called at the end of every frame on the UI thread: keeps frames coming while anything animates, and sets
     * the heartbeat for the kiosk's state.
     */
    public void afterFrame(Group root, boolean citizenInSession) {
        boolean wasInSession = inSession;
        inSession = citizenInSession;
        if (citizenInSession && !wasInSession) LockSupport.unpark(heartbeat);
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
        while (!closed) {
            LockSupport.parkNanos(this, inSession ? sessionNanos : idleNanos);
            if (!closed) request.run();
        }
    }

    @Override
    public void close() {
        closed = true;
        LockSupport.unpark(heartbeat);
    }
}
