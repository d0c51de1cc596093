package org.govkiosk.session;

import java.time.Duration;

/**
 * A screen's timer on the session clock ({@link Ticker}), instead of summed frame times or literals: the scenario
 * runner's {@code advance} (and a test's {@link ManualTicker}) moves it together with the session's own timeouts.
 * UI thread only, like the screens that own it.
 */
public final class Countdown {
    private final Ticker ticker;
    private final long lengthNanos;
    private long startedAt;

    public Countdown(Ticker ticker, Duration length) {
        this.ticker = ticker;
        this.lengthNanos = length.toNanos();
        restart();
    }

    /** Starts counting again from now. */
    public void restart() {
        startedAt = ticker.nanos();
    }

    /** Makes {@link #expired()} true at once (e.g. a health check that should run soon after start-up). */
    public void expireNow() {
        startedAt = ticker.nanos() - lengthNanos;
    }

    public boolean expired() {
        return ticker.nanos() - startedAt >= lengthNanos;
    }

    public Duration length() {
        return Duration.ofNanos(lengthNanos);
    }
}
