package org.govkiosk.kiosk.watchdog;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.govkiosk.config.WatchdogConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells systemd the kiosk started ({@code READY=1}) and that it is still alive ({@code WATCHDOG=1}), but only while
 * the UI loop proves it: the render loop calls {@link #alive()} every frame (a volatile write, safe on the render
 * thread), and a background thread pets systemd only if the loop has called in since the last pet. A frozen UI
 * therefore stops the pets and systemd restarts the kiosk ({@code Restart=on-watchdog}).
 * Without {@code NOTIFY_SOCKET} (desktop, tests, started by hand) every method is a no-op.
 */
public final class SystemdWatchdog implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SystemdWatchdog.class);

    private final Optional<SystemdNotifier> notifier;
    private final Duration interval;
    private final LongSupplier clock;
    /** Frames seen; written only by the render thread, so a volatile counter is enough. */
    private volatile long beats;
    private volatile long lastBeatNanos;
    private final Object petLock = new Object();
    private long beatsAtLastPet;
    private ScheduledExecutorService timer;

    SystemdWatchdog(Optional<SystemdNotifier> notifier, Duration interval, LongSupplier clock) {
        this.notifier = notifier;
        this.interval = interval;
        this.clock = clock;
    }

    /**
     * From the process environment: {@code NOTIFY_SOCKET} (set by systemd for Type=notify) and
     * {@code WATCHDOG_USEC} (set when WatchdogSec is on; pets then come at half of it or {@code watchdog.interval},
     * whichever is sooner).
     */
    public static SystemdWatchdog fromEnvironment(WatchdogConfig config) {
        String socket = System.getenv("NOTIFY_SOCKET");
        Duration interval = intervalFor(config.interval(), System.getenv("WATCHDOG_USEC"));
        if (socket == null || socket.isBlank()) {
            log.debug("NOTIFY_SOCKET unset: not under systemd, watchdog off");
            return new SystemdWatchdog(Optional.empty(), interval, System::nanoTime);
        }
        return new SystemdWatchdog(Optional.of(new SystemdNotifier(socket, true)), interval, System::nanoTime);
    }

    static Duration intervalFor(Duration configured, String watchdogUsec) {
        if (watchdogUsec == null || watchdogUsec.isBlank()) return configured;
        try {
            Duration half = Duration.ofNanos(Long.parseLong(watchdogUsec.trim()) * 1000 / 2);
            return half.compareTo(configured) < 0 && !half.isZero() ? half : configured;
        } catch (NumberFormatException e) {
            return configured;
        }
    }

    public boolean enabled() {
        return notifier.isPresent();
    }

    public Duration interval() {
        return interval;
    }

    /**
     * Once the UI shows its first screen: READY=1, then the pet thread starts. Returns at once; the messages are
     * sent from the watchdog's own thread (systemd-notify may wait for systemd), so the render thread may call it.
     */
    public synchronized void ready() {
        if (notifier.isEmpty() || timer != null) return;
        alive();
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "systemd-watchdog");
            t.setDaemon(true);
            return t;
        });
        SystemdNotifier n = notifier.get();
        timer.execute(() -> n.send("READY=1", "STATUS=kiosk running"));
        timer.scheduleWithFixedDelay(this::tick, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Called by the render loop every frame. */
    public void alive() {
        lastBeatNanos = clock.getAsLong();
        beats++;
    }

    /** One pet decision: WATCHDOG=1 only if the UI loop called {@link #alive()} since the previous pet. */
    boolean tick() {
        if (notifier.isEmpty()) return false;
        // Its own lock, not this object's: close() holds that while waiting for the watchdog thread.
        synchronized (petLock) {
            long seen = beats;
            if (seen == beatsAtLastPet) {
                log.warn("UI loop silent for {} ms: not petting the watchdog", (clock.getAsLong() - lastBeatNanos) / 1_000_000);
                return false;
            }
            beatsAtLastPet = seen;
            return notifier.get().send("WATCHDOG=1");
        }
    }

    /** A line for {@code systemctl status} (no personal data); sent from the watchdog thread after ready(). */
    public synchronized void status(String text) {
        if (notifier.isEmpty() || timer == null) return;
        SystemdNotifier n = notifier.get();
        String line = "STATUS=" + text.replace('\n', ' ');
        timer.execute(() -> n.send(line));
    }

    /** Before an orderly exit, so systemd does not count it as a watchdog failure. */
    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdown();
            try {
                // Let READY/STATUS already queued go out first, so systemd sees them in order.
                timer.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            timer.shutdownNow();
        }
        timer = null;
        notifier.ifPresent(n -> n.send("STOPPING=1"));
    }
}
