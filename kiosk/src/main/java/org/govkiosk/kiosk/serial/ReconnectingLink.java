package org.govkiosk.kiosk.serial;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.govkiosk.config.SerialConfig;
import org.govkiosk.device.link.ByteLink;
import org.govkiosk.device.link.LinkException;
import org.govkiosk.device.link.WatchedLink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A serial link that survives unplugging. It notices a vanished port by I/O errors and by polling the
 * device node (a USB adapter's {@code /dev/serial/by-id/...} link disappears with it; jSSC's "port open"
 * would stay true), drops the dead port, and reopens it with exponential back-off once it is back, without
 * restarting the application. While the port is absent every call fails at once with {@code IO}, so the
 * driver above reports the device OFFLINE instead of waiting for timeouts.
 */
public final class ReconnectingLink implements WatchedLink {
    private static final Logger log = LoggerFactory.getLogger(ReconnectingLink.class);

    /** Opens the underlying port; called again after every loss. */
    @FunctionalInterface
    public interface Opener {
        ByteLink open() throws LinkException;
    }

    private final String name;
    private final Opener opener;
    private final Path node;
    private final Duration minBackoff;
    private final Duration maxBackoff;
    private final List<Consumer<Boolean>> listeners = new CopyOnWriteArrayList<>();
    private final Thread watcher;
    private final LongSupplier nanos;

    // Guarded by this.
    private ByteLink current;
    private Duration backoff;
    private long nextAttempt;
    private String lastProblem = "not opened yet";
    private long reopenCount;
    private boolean everOpened;
    private volatile boolean closed;

    /**
     * @param node         the device node to watch for presence, or null to rely on I/O errors alone
     * @param presencePoll how often the node is checked and a lost port is retried; zero disables the watcher thread
     */
    public ReconnectingLink(String name, Opener opener, Path node, Duration minBackoff, Duration maxBackoff, Duration presencePoll) {
        this(name, opener, node, minBackoff, maxBackoff, presencePoll, System::nanoTime);
    }

    /** @param nanos the clock the back-off runs on (tests move it by hand instead of sleeping) */
    ReconnectingLink(String name, Opener opener, Path node, Duration minBackoff, Duration maxBackoff, Duration presencePoll,
                     LongSupplier nanos) {
        this.nanos = nanos;
        this.name = name;
        this.opener = opener;
        this.node = node;
        this.minBackoff = minBackoff;
        this.maxBackoff = maxBackoff;
        this.backoff = minBackoff;
        if (presencePoll.isZero()) {
            watcher = null;
        } else {
            watcher = new Thread(() -> watch(presencePoll), "serial-watch " + name);
            watcher.setDaemon(true);
            watcher.start();
        }
    }

    /** A jSSC port with back-off and presence polling as configured ({@code serial.*}). */
    public static ReconnectingLink jssc(String path, int baud, SerialConfig config) {
        return new ReconnectingLink(path + "@" + baud, () -> JsscLink.open(path, baud),
                path.startsWith("/") ? Path.of(path) : null, config.reopenMinBackoff(),
                config.reopenMaxBackoff(), config.presencePoll());
    }

    /** Called with true when the port (re)opens and false when it is lost, on the thread that noticed. */
    @Override
    public void addStateListener(Consumer<Boolean> listener) {
        listeners.add(listener);
    }

    /** How many times the port was opened again after a loss. */
    public synchronized long reopenCount() { return reopenCount; }

    /** Why the port is down, for the technician; empty while it is up. */
    @Override
    public synchronized String lastProblem() { return current == null ? lastProblem : ""; }

    @Override public String name() { return name; }

    @Override
    public void write(byte[] data) throws LinkException {
        ByteLink l = link();
        try {
            l.write(data);
        } catch (LinkException e) {
            throw lost(l, e);
        }
    }

    @Override
    public int read(byte[] buf, int off, int len, Duration timeout) throws LinkException {
        ByteLink l = link();
        try {
            return l.read(buf, off, len, timeout);
        } catch (LinkException e) {
            throw lost(l, e);
        }
    }

    @Override
    public void discardInput() throws LinkException {
        ByteLink l = link();
        try {
            l.discardInput();
        } catch (LinkException e) {
            throw lost(l, e);
        }
    }

    @Override
    public synchronized boolean isOpen() {
        return current != null && current.isOpen();
    }

    @Override
    public void close() {
        closed = true;
        if (watcher != null) watcher.interrupt();
        ByteLink l;
        synchronized (this) {
            l = current;
            current = null;
            lastProblem = "closed";
        }
        if (l != null) l.close();
        if (watcher != null) {
            try {
                watcher.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The open port, opening it if the back-off allows; fails fast with IO while the port is absent. */
    private ByteLink link() throws LinkException {
        if (closed) throw new LinkException(LinkException.Kind.CLOSED, name + " is closed");
        synchronized (this) {
            if (current != null) {
                if (node != null && !Files.exists(node)) {
                    dropLocked("device node " + node + " vanished");
                } else {
                    return current;
                }
            }
        }
        return tryOpen();
    }

    private ByteLink tryOpen() throws LinkException {
        boolean opened;
        ByteLink l;
        synchronized (this) {
            if (current != null) return current;
            if (closed) throw new LinkException(LinkException.Kind.CLOSED, name + " is closed");
            long now = nanos.getAsLong();
            if (now < nextAttempt) {
                throw new LinkException(LinkException.Kind.IO, name + " is down (" + lastProblem + "); next attempt in "
                        + Math.max(1, (nextAttempt - now) / 1_000_000) + " ms");
            }
            if (node != null && !Files.exists(node)) {
                scheduleRetry("device node " + node + " absent");
                throw new LinkException(LinkException.Kind.IO, name + ": " + lastProblem);
            }
            try {
                l = opener.open();
            } catch (LinkException e) {
                scheduleRetry(e.getMessage());
                throw new LinkException(LinkException.Kind.IO, name + ": " + e.getMessage(), e);
            }
            opened = everOpened;
            everOpened = true;
            if (opened) reopenCount++;
            current = l;
            backoff = minBackoff;
            nextAttempt = 0;
            lastProblem = null;
        }
        log.info("serial port {} {}", name, opened ? "reopened" : "opened");
        fire(true);
        return l;
    }

    private void scheduleRetry(String problem) {
        lastProblem = problem;
        nextAttempt = nanos.getAsLong() + backoff.toNanos();
        Duration doubled = backoff.multipliedBy(2);
        backoff = doubled.compareTo(maxBackoff) > 0 ? maxBackoff : doubled;
    }

    /** An IO error on the port in use means it is gone: drop it so the next call reopens. */
    private LinkException lost(ByteLink l, LinkException e) {
        if (e.kind() != LinkException.Kind.IO) return e;
        boolean dropped;
        synchronized (this) {
            dropped = current == l;
            if (dropped) dropLocked(e.getMessage());
        }
        return e;
    }

    private void dropLocked(String problem) {
        ByteLink l = current;
        current = null;
        backoff = minBackoff;
        scheduleRetry(problem);
        log.warn("serial port {} lost: {}", name, problem);
        if (l != null) l.close();
        // Listeners run outside the caller's expectations of speed but must be quick anyway.
        fire(false);
    }

    private void fire(boolean up) {
        for (Consumer<Boolean> c : listeners) {
            try {
                c.accept(up);
            } catch (RuntimeException e) {
                log.warn("serial listener failed: {}", e.toString());
            }
        }
    }

    private void watch(Duration every) {
        while (!closed) {
            try {
                Thread.sleep(every.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            if (closed) return;
            boolean down;
            synchronized (this) {
                if (current != null && node != null && !Files.exists(node)) dropLocked("device node " + node + " vanished");
                down = current == null;
            }
            if (down) {
                try {
                    tryOpen(); // back-off decides whether this is an attempt
                } catch (LinkException ignored) {
                    // still absent; the next round tries again
                }
            }
        }
    }
}
