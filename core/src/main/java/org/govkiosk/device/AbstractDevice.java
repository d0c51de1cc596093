package org.govkiosk.device;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lifecycle rules and status plumbing every device shares, so drivers only write their protocol.
 * Subclasses implement the {@code do*} hooks; this class refuses calls made in the wrong lifecycle phase.
 */
public abstract class AbstractDevice implements Device {
    protected enum Phase { CLOSED, OPENED, CLAIMED, ENABLED }

    private static final Logger log = LoggerFactory.getLogger(AbstractDevice.class);

    private final String id;
    private final DeviceKind kind;
    private final DeviceStatistics statistics = new DeviceStatistics();
    private final List<Consumer<DeviceStatus>> listeners = new CopyOnWriteArrayList<>();
    private volatile Phase phase = Phase.CLOSED;
    private volatile DeviceStatus status;
    // Not the device's monitor: lifecycle methods hold that while talking to hardware.
    private final Object statusLock = new Object();
    private final ArrayDeque<DeviceStatus> undelivered = new ArrayDeque<>(); // guarded by statusLock
    private boolean delivering; // guarded by statusLock

    protected AbstractDevice(String id, DeviceKind kind) {
        this.id = id;
        this.kind = kind;
        this.status = DeviceStatus.of(kind, id, DeviceState.CLOSED, "not opened");
    }

    @Override public final String id() { return id; }
    @Override public final DeviceKind kind() { return kind; }
    @Override public final DeviceStatistics statistics() { return statistics; }
    @Override public final DeviceStatus status() { return status; }
    protected final Phase phase() { return phase; }

    @Override
    public final synchronized void open() throws DeviceException {
        require(Phase.CLOSED, "open");
        doOpen();
        phase = Phase.OPENED;
        updateStatus(prev -> prev.state() == DeviceState.CLOSED ? DeviceStatus.of(kind, id, DeviceState.ONLINE, "opened") : prev);
    }

    @Override
    public final synchronized void claim() throws DeviceException {
        require(Phase.OPENED, "claim");
        doClaim();
        phase = Phase.CLAIMED;
    }

    @Override
    public final synchronized void enable() throws DeviceException {
        require(Phase.CLAIMED, "enable");
        doEnable();
        phase = Phase.ENABLED;
    }

    @Override
    public final synchronized void disable() throws DeviceException {
        require(Phase.ENABLED, "disable");
        doDisable();
        phase = Phase.CLAIMED;
    }

    @Override
    public final synchronized void release() throws DeviceException {
        require(Phase.CLAIMED, "release");
        doRelease();
        phase = Phase.OPENED;
    }

    @Override
    public final synchronized void close() {
        if (phase == Phase.CLOSED) return;
        try {
            doClose();
        } catch (RuntimeException e) {
            log.warn("device {} failed to close cleanly: {}", id, e.toString());
        }
        phase = Phase.CLOSED;
        updateStatus(DeviceStatus.of(kind, id, DeviceState.CLOSED, "closed"));
    }

    /** Throws unless the device is enabled: the guard every operation starts with. */
    protected final void requireEnabled() throws DeviceException {
        if (phase == Phase.CLOSED) throw new DeviceException(DeviceException.Code.CLOSED, "device.unavailable", id + " is closed");
        if (phase == Phase.OPENED) throw new DeviceException(DeviceException.Code.NOT_CLAIMED, "device.unavailable", id + " is not claimed");
        if (phase != Phase.ENABLED) throw new DeviceException(DeviceException.Code.ILLEGAL, "device.unavailable", id + " is not enabled");
    }

    private void require(Phase expected, String op) throws DeviceException {
        if (phase != expected) {
            DeviceException.Code code = phase == Phase.CLOSED ? DeviceException.Code.CLOSED : DeviceException.Code.ILLEGAL;
            throw new DeviceException(code, "device.unavailable", id + ": cannot " + op + " while " + phase);
        }
    }

    /**
     * Publishes a new status when it differs in state, supplies or message from the current one. Any thread:
     * the compare-and-set is atomic, and listeners hear the changes one at a time in the order they were made,
     * outside the lock (a listener may call back into the device). A caller whose change is queued behind another
     * thread's delivery returns at once; that thread delivers it next.
     */
    protected final void updateStatus(DeviceStatus next) {
        updateStatus(prev -> next);
    }

    /** As {@link #updateStatus(DeviceStatus)}, the new status made from the current one under the same lock. */
    protected final void updateStatus(UnaryOperator<DeviceStatus> change) {
        synchronized (statusLock) {
            DeviceStatus prev = status;
            DeviceStatus next = change.apply(prev);
            status = next;
            boolean changed = prev.state() != next.state() || prev.supplies() != next.supplies()
                    || !prev.citizenMessageKey().equals(next.citizenMessageKey());
            if (!changed) return;
            log.info("device {} {} -> {} {} ({})", id, prev.state(), next.state(), next.supplies(), next.technicianDetail());
            undelivered.add(next);
            if (delivering) return;
            delivering = true;
        }
        while (true) {
            DeviceStatus s;
            synchronized (statusLock) {
                s = undelivered.poll();
                if (s == null) {
                    delivering = false;
                    return;
                }
            }
            for (Consumer<DeviceStatus> l : listeners) {
                try {
                    l.accept(s);
                } catch (RuntimeException e) {
                    log.warn("status listener failed: {}", e.toString());
                }
            }
        }
    }

    protected final void updateState(DeviceState state, String detail) {
        updateStatus(prev -> new DeviceStatus(kind, id, state, prev.supplies(), null, detail, null, null));
    }

    @Override public void addStatusListener(Consumer<DeviceStatus> l) { listeners.add(l); }
    @Override public void removeStatusListener(Consumer<DeviceStatus> l) { listeners.remove(l); }

    /** Default health check: reports the current status. Drivers override to talk to the hardware. */
    @Override
    public HealthReport checkHealth(HealthLevel level) {
        DeviceStatus s = status;
        return new HealthReport(kind, id, level, s.usable(), s.state() + " " + s.supplies(),
                List.of(s.technicianDetail()), Duration.ZERO);
    }

    protected void doOpen() throws DeviceException {}
    protected void doClaim() throws DeviceException {}
    protected void doEnable() throws DeviceException {}
    protected void doDisable() throws DeviceException {}
    protected void doRelease() throws DeviceException {}
    protected void doClose() {}
}
