package org.govkiosk.startup;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Start-up work that can wait until the kiosk shows its first screen. On a 2-core kiosk, loading the face models
 * (seconds of CPU in TensorFlow Lite) while the window, the fonts and the first frame were being made added ~2 s to
 * the cold start (issue 15, docs/performance.md). A launcher that will show screens calls {@link #expected()} before
 * it starts anything; the UI calls {@link #shown()} after its first frame; deferrable work calls {@link #await}.
 * Without a launcher that expects a screen (tools, tests) nothing waits.
 */
public final class FirstScreen {
    private static volatile CountDownLatch shown;

    private FirstScreen() {}

    /** A screen will be shown in this process: deferrable work waits for it from now on. */
    public static synchronized void expected() {
        if (shown == null) shown = new CountDownLatch(1);
    }

    /** The first screen is on; any thread. */
    public static void shown() {
        CountDownLatch l = shown;
        if (l != null) l.countDown();
    }

    /** Waits until the first screen is on, at most {@code limit}; returns at once when no screen is expected. */
    public static void await(Duration limit) throws InterruptedException {
        CountDownLatch l = shown;
        if (l != null) l.await(limit.toMillis(), TimeUnit.MILLISECONDS);
    }
}
