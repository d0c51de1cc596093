package org.govkiosk.device;

import java.util.function.Consumer;

/**
 * Every device port shares this lifecycle (after JavaPOS): open -> claim -> enable ... disable -> release -> close.
 * Calls out of order throw {@link DeviceException} with {@code ILLEGAL}, {@code CLOSED} or {@code NOT_CLAIMED}.
 * Implementations may block in any method: callers never invoke them from the render thread.
 */
public interface Device extends AutoCloseable {
    String id();

    DeviceKind kind();

    void open() throws DeviceException;

    void claim() throws DeviceException;

    void enable() throws DeviceException;

    void disable() throws DeviceException;

    void release() throws DeviceException;

    /** Closes from any state; never throws. */
    @Override
    void close();

    DeviceStatus status();

    HealthReport checkHealth(HealthLevel level);

    DeviceStatistics statistics();

    /** Listeners are called on the thread that observed the change; they must return quickly. */
    void addStatusListener(Consumer<DeviceStatus> listener);

    void removeStatusListener(Consumer<DeviceStatus> listener);

    /** Open, claim and enable in one step, as most callers want. */
    default void start() throws DeviceException {
        open();
        claim();
        enable();
    }
}
