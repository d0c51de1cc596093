package org.govkiosk.device.idcard;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.govkiosk.config.IdCardConfig;
import org.govkiosk.device.DeviceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Polls the reader on its own thread while the identify screen wants a card, and only then:
 * {@link #start(CardListener)} when the screen opens, {@link #stop()} when it closes. After a card was read
 * (or refused) it waits for that card to leave instead of reading it again. A failure repeated poll after
 * poll is reported once, so a dead reader does not flood the UI.
 */
public final class CardWatcher {
    private static final Logger log = LoggerFactory.getLogger(CardWatcher.class);

    private final IdCardReader reader;
    private final Duration pollInterval;
    private final Object lock = new Object();
    private Thread worker;
    private volatile boolean running;

    public CardWatcher(IdCardReader reader, Duration pollInterval) {
        this.reader = Objects.requireNonNull(reader);
        this.pollInterval = pollInterval;
    }

    /** Poll interval from {@code idcard.pollInterval}. */
    public static CardWatcher fromConfig(IdCardReader reader, IdCardConfig config) {
        return new CardWatcher(reader, config.pollInterval());
    }

    /** Starts polling; a second start while running replaces nothing and throws. */
    public void start(CardListener listener) {
        Objects.requireNonNull(listener);
        synchronized (lock) {
            if (worker != null) throw new IllegalStateException("card watcher already running");
            running = true;
            // The citizen session id (MDC "session") follows the polling into the worker's log lines.
            Map<String, String> mdc = MDC.getCopyOfContextMap();
            Thread t = new Thread(() -> {
                if (mdc != null) MDC.setContextMap(mdc);
                loop(listener);
            }, "idcard-watcher");
            t.setDaemon(true);
            worker = t;
            t.start();
        }
    }

    /**
     * Stops polling and waits for the worker to finish its current exchange (bounded by the reader's
     * timeouts). No event is delivered after this returns.
     */
    public void stop() {
        Thread t;
        synchronized (lock) {
            running = false;
            t = worker;
            worker = null;
            lock.notifyAll();
        }
        if (t == null || t == Thread.currentThread()) return;
        try {
            t.join(TimeUnit.SECONDS.toMillis(10));
            if (t.isAlive()) {
                t.interrupt();
                t.join(TimeUnit.SECONDS.toMillis(2));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public boolean isRunning() {
        synchronized (lock) {
            return worker != null;
        }
    }

    private void loop(CardListener listener) {
        boolean waitingForRemoval = false;
        String lastFailure = null;
        while (running) {
            try {
                if (!waitingForRemoval) {
                    var data = reader.readOnce();
                    lastFailure = null;
                    if (data.isPresent()) {
                        waitingForRemoval = true;
                        deliver(() -> listener.cardRead(data.get()));
                    }
                } else if (!reader.cardPresent()) {
                    waitingForRemoval = false;
                    lastFailure = null;
                    deliver(listener::cardRemoved);
                }
            } catch (CardRejectedException e) {
                waitingForRemoval = true;
                lastFailure = null;
                deliver(() -> listener.readFailed(e));
            } catch (DeviceException e) {
                // A read that failed on a card (noise, checksum, card moved) leaves that card selected: a real
                // reader's find stays silent about it, so the next attempt comes when she lifts and places it
                // again. Waiting for that removal also tells the screen when to take its error away.
                if (!waitingForRemoval && failedOnTheCard(e)) waitingForRemoval = true;
                String signature = e.code() + " " + e.citizenMessageKey();
                if (!signature.equals(lastFailure)) {
                    lastFailure = signature;
                    deliver(() -> listener.readFailed(e));
                } else {
                    log.debug("repeated card reader failure: {}", e.technicianDetail());
                }
            } catch (RuntimeException e) {
                log.error("card watcher: unexpected failure, continuing", e);
            }
            sleep();
        }
    }

    /** A failure of this card's read, not of the reader or its link (those are retried every poll). */
    private static boolean failedOnTheCard(DeviceException e) {
        return e.code() == DeviceException.Code.PROTOCOL || e.code() == DeviceException.Code.USER_ERROR;
    }

    private void deliver(Runnable event) {
        // A stop() during a long read must win: the screen that asked is gone.
        if (!running) return;
        try {
            event.run();
        } catch (RuntimeException e) {
            log.warn("card listener failed: {}", e.toString());
        }
    }

    private void sleep() {
        synchronized (lock) {
            if (!running) return;
            try {
                lock.wait(Math.max(1, pollInterval.toMillis()));
            } catch (InterruptedException e) {
                running = false;
                Thread.currentThread().interrupt();
            }
        }
    }
}
