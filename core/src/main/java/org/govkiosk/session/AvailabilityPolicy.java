package org.govkiosk.session;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.govkiosk.device.DeviceKind;
import org.govkiosk.device.DeviceStatus;

/**
 * Whether the kiosk may serve citizens: the set of out-of-service reasons that hold now, each with a detail
 * for the technician. The kiosk is available only when no reason holds. Reasons are independent: a reader lost
 * while the back end is down is recorded too, and the back end coming back leaves the kiosk out of service
 * until the reader is back as well.
 *
 * <p>Plain state and rules, no threads and no libGDX: {@link SessionManager} owns one and moves the kiosk
 * when {@link #available()} changes. Like the manager it lives on the UI thread; other threads read the
 * immutable {@link Availability} the manager publishes.
 */
public final class AvailabilityPolicy {
    /** Any one of these, usable, is enough to identify a citizen. */
    static final List<DeviceKind> IDENTIFICATION = List.of(DeviceKind.ID_CARD_READER, DeviceKind.CAMERA, DeviceKind.QR_SCANNER);

    /** One reason that holds, with what a technician needs to know about it (never personal data). */
    public record Reason(OutOfServiceReason kind, String detail) {
        @Override public String toString() { return detail.isEmpty() ? kind.name() : kind + ": " + detail; }
    }

    private final int backendFailuresBeforeOutOfService;
    private final Map<OutOfServiceReason, String> holding = new EnumMap<>(OutOfServiceReason.class);
    private int backendFailures;

    /** @param backendFailuresBeforeOutOfService failed health checks in a row that take the kiosk out of service */
    public AvailabilityPolicy(int backendFailuresBeforeOutOfService) {
        this.backendFailuresBeforeOutOfService = Math.max(1, backendFailuresBeforeOutOfService);
    }

    /** A policy that takes the kiosk out of service at the first failed health check. */
    public AvailabilityPolicy() {
        this(1);
    }

    public boolean available() { return holding.isEmpty(); }

    public boolean holds(OutOfServiceReason kind) { return holding.containsKey(kind); }

    /** The reasons that hold, in the enum's order (the order the citizen reads them in). */
    public List<Reason> reasons() {
        List<Reason> out = new ArrayList<>();
        holding.forEach((k, d) -> out.add(new Reason(k, d)));
        return List.copyOf(out);
    }

    /** Records that {@code kind} holds (again, perhaps with a new detail). @return whether anything changed */
    public boolean hold(OutOfServiceReason kind, String detail) {
        String d = detail == null ? "" : detail;
        return !d.equals(holding.put(kind, d));
    }

    /** Clears one reason and keeps the others. @return whether it held */
    public boolean clear(OutOfServiceReason kind) {
        return holding.remove(kind) != null;
    }

    /**
     * The devices' current statuses: the kiosk needs at least one usable way of identifying someone. A missing
     * printer does not take it out of service: citizens can still look their records up.
     * @return whether anything changed
     */
    public boolean devices(Collection<DeviceStatus> statuses) {
        List<String> down = new ArrayList<>();
        boolean any = false;
        for (DeviceKind kind : IDENTIFICATION) {
            DeviceStatus s = statuses.stream().filter(x -> x.kind() == kind).findFirst().orElse(null);
            if (s != null && s.usable()) {
                any = true;
            } else {
                down.add(s == null ? kind + " none" : s.deviceId() + " " + s.state()
                        + (s.technicianDetail().isEmpty() ? "" : " (" + s.technicianDetail() + ")"));
            }
        }
        return any ? clear(OutOfServiceReason.HARDWARE)
                : hold(OutOfServiceReason.HARDWARE, "no way to identify: " + String.join(", ", down));
    }

    /**
     * One health check of the records service: {@code backendFailuresBeforeOutOfService} failures in a row hold
     * BACKEND, the first good answer clears it. @return whether the reasons changed
     */
    public boolean backendChecked(boolean up, String detail) {
        if (up) {
            backendFailures = 0;
            return clear(OutOfServiceReason.BACKEND);
        }
        backendFailures++;
        if (backendFailures < backendFailuresBeforeOutOfService) return false;
        return hold(OutOfServiceReason.BACKEND, backendFailures + " failed health checks in a row, last: " + detail);
    }

    /** Failed health checks in a row. */
    public int backendFailures() { return backendFailures; }
}
