package org.govkiosk.session;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the UI thread publishes the kiosk's {@link Availability} for everyone else. Thread-safe: any thread may
 * read {@link #current()} (the status endpoint does, per request) or subscribe. Made by the launcher before the
 * application starts, so publishers (status endpoint, telemetry) can be wired without waiting for the window.
 */
public final class AvailabilityBoard {
    private static final Logger log = LoggerFactory.getLogger(AvailabilityBoard.class);

    private final AtomicReference<Availability> current = new AtomicReference<>(Availability.initialising());
    private final List<Consumer<Availability>> listeners = new CopyOnWriteArrayList<>();

    public Availability current() { return current.get(); }

    /**
     * Called with every new snapshot, in order, on the UI thread: a listener must return at once (hand the
     * value to its own thread to send it anywhere).
     */
    public void addListener(Consumer<Availability> listener) { listeners.add(listener); }

    public void removeListener(Consumer<Availability> listener) { listeners.remove(listener); }

    void publish(Availability next) {
        current.set(next);
        for (Consumer<Availability> l : listeners) {
            try {
                l.accept(next);
            } catch (RuntimeException e) {
                log.warn("availability listener failed: {}", e.toString());
            }
        }
    }
}
