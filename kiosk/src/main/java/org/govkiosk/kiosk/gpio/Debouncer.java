package org.govkiosk.kiosk.gpio;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Turns a bouncing switch into clean changes: after each raw edge it waits {@code settle} and then reads the
 * level again; only a level that differs from the last reported one is reported. Contacts bounce for a few
 * milliseconds and a door swinging shut can chatter longer, so one wrong edge must never reach the UI.
 */
final class Debouncer {
    /** Runs a task later; the kiosk uses a scheduled executor, tests a hand-cranked queue. */
    @FunctionalInterface
    interface Scheduler {
        void schedule(Runnable task, Duration delay);
    }

    private final BooleanSupplier level;
    private final Duration settle;
    private final Scheduler scheduler;
    private final Consumer<Boolean> onChange;
    private long generation;
    private boolean stable;

    Debouncer(BooleanSupplier level, Duration settle, Scheduler scheduler, Consumer<Boolean> onChange) {
        this.level = level;
        this.settle = settle;
        this.scheduler = scheduler;
        this.onChange = onChange;
        this.stable = level.getAsBoolean();
    }

    synchronized boolean stable() {
        return stable;
    }

    /** Called on every raw edge, from the GPIO provider's thread. */
    void edge() {
        long mine;
        synchronized (this) {
            mine = ++generation;
        }
        if (settle.isZero()) {
            settled(mine);
        } else {
            scheduler.schedule(() -> settled(mine), settle);
        }
    }

    private void settled(long gen) {
        boolean now;
        synchronized (this) {
            // A later edge restarted the wait: that edge's check decides.
            if (gen != generation) return;
            now = level.getAsBoolean();
            if (now == stable) return;
            stable = now;
        }
        onChange.accept(now);
    }
}
