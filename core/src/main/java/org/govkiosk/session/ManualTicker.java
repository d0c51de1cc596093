package org.govkiosk.session;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** A ticker that moves only when told: for tests and for the scenario runner's "advance" step. */
public final class ManualTicker implements Ticker {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    @Override public long nanos() { return now.get(); }

    public void advance(Duration d) { now.addAndGet(d.toNanos()); }
}
