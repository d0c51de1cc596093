package org.govkiosk.session;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** Real monotonic time plus an offset the scenario runner can push forward to test timeouts without waiting. */
public final class AdjustableTicker implements Ticker {
    private final AtomicLong offset = new AtomicLong();

    @Override public long nanos() { return System.nanoTime() + offset.get(); }

    public void advance(Duration d) { offset.addAndGet(d.toNanos()); }
}
