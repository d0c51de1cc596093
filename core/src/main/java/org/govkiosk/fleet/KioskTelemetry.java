package org.govkiosk.fleet;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.govkiosk.device.Device;
import org.govkiosk.device.DeviceKind;
import org.govkiosk.device.DeviceState;
import org.govkiosk.device.DeviceStatus;
import org.govkiosk.device.Supplies;
import org.govkiosk.session.CitizenSession;
import org.govkiosk.session.EndReason;
import org.govkiosk.session.KioskState;
import org.govkiosk.session.OutOfServiceReason;
import org.govkiosk.session.SessionListener;

/**
 * What the fleet hears about one kiosk, kept so any thread can read it: the session manager's state (copied
 * here on the UI thread as it changes), device status (read from the devices' cached status, never from the
 * hardware), counters. Produces the status JSON and the events; holds nothing about any citizen, only that a
 * session started or ended and when.
 */
public final class KioskTelemetry implements SessionListener {
    /** Anything that looks like a document or phone number is masked before it leaves the kiosk. */
    private static final Pattern LONG_NUMBER = Pattern.compile("\\d{6,}[0-9Xx]*");

    private final FleetSettings settings;
    private final String version;
    private final Supplier<List<? extends Device>> devices;
    private final Clock clock;
    private final Instant startedAt;
    private final Consumer<String> events;

    private volatile KioskState state = KioskState.INITIALISING;
    private volatile OutOfServiceReason reason;
    /** Every reason the availability policy holds (published snapshot), not only the one the state change named. */
    private volatile java.util.List<String> reasons = java.util.List.of();
    private volatile String operatorReason;
    private volatile Instant lastSessionEnd;
    private volatile String notice = "";
    private volatile LongSupplier droppedEvents = () -> 0;
    private final Set<String> disabledItems = new ConcurrentSkipListSet<>();
    private final AtomicLong sessions = new AtomicLong();
    private final Map<String, AtomicLong> errors = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, DeviceStatus> lastSeen = new HashMap<>();

    /** @param events where event JSON goes (the publisher's buffer) */
    public KioskTelemetry(FleetSettings settings, String version, Supplier<List<? extends Device>> devices,
                          Consumer<String> events, Clock clock) {
        this.settings = settings;
        this.version = version;
        this.devices = devices;
        this.events = events;
        this.clock = clock;
        this.startedAt = clock.instant();
    }

    public void droppedEvents(LongSupplier s) { this.droppedEvents = s; }

    public KioskState state() { return state; }
    public OutOfServiceReason reason() { return reason; }
    public String operatorReason() { return operatorReason; }
    public String notice() { return notice; }
    public Set<String> disabledItems() { return Set.copyOf(disabledItems); }

    /** Operator commands record what they changed, so the status shows it. */
    public void operatorReason(String text) { operatorReason = text; }
    public void notice(String text) { notice = text == null ? "" : text; }
    public void itemEnabled(String code, boolean enabled) {
        if (enabled) disabledItems.remove(code);
        else disabledItems.add(code);
    }

    /** The application (re)started: the first event after every start. */
    public void started() {
        emit("restart", Map.of("version", version));
    }

    /**
     * A free-form event (command applied, self-test result). Values must never carry personal data; free text
     * (device details, refusals) is passed through {@link #mask} by the caller.
     */
    public void emit(String kind, Map<String, Object> fields) {
        ObjectNode n = FleetStatusJson.JSON.createObjectNode();
        n.put("schema", FleetStatusJson.SCHEMA).put("kiosk", settings.kioskId()).put("zone", settings.zone())
                .put("at", clock.instant().toString()).put("kind", kind);
        new TreeMap<>(fields).forEach((k, v) -> {
            if (v instanceof Number num) n.put(k, num.longValue());
            else n.put(k, String.valueOf(v));
        });
        events.accept(n.toString());
    }

    /** The availability policy published a new snapshot: remember every reason that holds (kinds only, no detail). */
    public void availabilityChanged(org.govkiosk.session.Availability a) {
        reasons = a.reasons().stream().map(r -> r.kind().name()).distinct().toList();
    }

    // ---- session listener (UI thread) -----------------------------------------------------------

    @Override
    public void kioskStateChanged(KioskState from, KioskState to, OutOfServiceReason why) {
        state = to;
        reason = to == KioskState.OUT_OF_SERVICE ? why : null;
        if (to != KioskState.OUT_OF_SERVICE) operatorReason = null;
        if (to == KioskState.OUT_OF_SERVICE) emit("out-of-service-entered", why == null ? Map.of() : Map.of("reason", why.name()));
        else if (from == KioskState.OUT_OF_SERVICE) emit("out-of-service-left", Map.of("to", to.name()));
        if (to == KioskState.MAINTENANCE) emit("maintenance-entered", Map.of());
        else if (from == KioskState.MAINTENANCE) emit("maintenance-left", Map.of("to", to.name()));
    }

    @Override
    public void sessionStarted(CitizenSession session) {
        sessions.incrementAndGet();
    }

    @Override
    public void sessionEnded(CitizenSession session, EndReason why) {
        lastSessionEnd = clock.instant();
    }

    // ---- devices (publisher thread) -------------------------------------------------------------

    /**
     * Compares every device with the last look and emits fault / paper events for what changed.
     *
     * @return whether any device's state or supplies changed (the status should be published)
     */
    public synchronized boolean pollDevices() {
        boolean changed = false;
        for (Device d : devices.get()) {
            DeviceStatus now = d.status();
            DeviceStatus before = lastSeen.put(d.id(), now);
            if (before == null || before.state() != now.state() || before.supplies() != now.supplies()) changed = true;
            if (before == null) {
                if (faulty(now.state())) fault(now);
                if (paperProblem(now.supplies())) paper(now);
                continue;
            }
            if (faulty(now.state()) && now.state() != before.state()) fault(now);
            else if (!faulty(now.state()) && faulty(before.state())) {
                emit("device-recovered", Map.of("device", now.deviceId(), "kind", now.kind().name(), "state", now.state().name()));
            }
            if (now.supplies() != before.supplies() && (paperProblem(now.supplies()) || paperProblem(before.supplies()))) paper(now);
        }
        return changed;
    }

    private static boolean faulty(DeviceState s) {
        return s == DeviceState.OFFLINE || s == DeviceState.HARDWARE_ERROR || s == DeviceState.USER_ERROR;
    }

    private static boolean paperProblem(Supplies s) {
        return s == Supplies.LOW || s == Supplies.OUT || s == Supplies.JAMMED;
    }

    private void fault(DeviceStatus s) {
        errors.computeIfAbsent(s.kind().name(), k -> new AtomicLong()).incrementAndGet();
        emit("device-fault", Map.of("device", s.deviceId(), "kind", s.kind().name(), "state", s.state().name(),
                "detail", mask(s.technicianDetail())));
    }

    private void paper(DeviceStatus s) {
        String kind = switch (s.supplies()) {
            case LOW -> "paper-low";
            case OUT -> "paper-out";
            case JAMMED -> "paper-jammed";
            default -> "paper-ok";
        };
        emit(kind, Map.of("device", s.deviceId(), "printer", paperName(s.kind())));
    }

    private static String paperName(DeviceKind k) {
        return k == DeviceKind.RECEIPT_PRINTER ? "receipt" : k == DeviceKind.DOCUMENT_PRINTER ? "a4" : k.name().toLowerCase();
    }

    // ---- status ---------------------------------------------------------------------------------

    public String statusJson() {
        pollDevices();
        Instant now = clock.instant();
        ObjectNode n = FleetStatusJson.JSON.createObjectNode();
        n.put("schema", FleetStatusJson.SCHEMA).put("kiosk", settings.kioskId()).put("zone", settings.zone());
        KioskState st = state;
        n.put("availability", st.name());
        ArrayNode reasonList = n.putArray("reasons");
        OutOfServiceReason r = reason;
        // The whole set the policy holds (a reason can hold while she finishes her session: it closes after her).
        java.util.List<String> held = reasons;
        if (!held.isEmpty()) held.forEach(reasonList::add);
        else if (st == KioskState.OUT_OF_SERVICE && r != null) reasonList.add(r.name());
        if (operatorReason != null) n.put("operatorReason", mask(operatorReason));
        ArrayNode devs = n.putArray("devices");
        ObjectNode paper = FleetStatusJson.JSON.createObjectNode();
        long prints = 0;
        long receipts = 0;
        for (Device d : devices.get()) {
            DeviceStatus s = d.status();
            ObjectNode dn = devs.addObject().put("id", s.deviceId()).put("kind", s.kind().name()).put("state", s.state().name())
                    .put("supplies", s.supplies().name()).put("usable", s.usable());
            if (!s.usable() && !s.technicianDetail().isEmpty()) dn.put("detail", mask(s.technicianDetail()));
            if (s.kind() == DeviceKind.RECEIPT_PRINTER || s.kind() == DeviceKind.DOCUMENT_PRINTER) {
                paper.put(paperName(s.kind()), s.supplies().name());
            }
            if (s.kind() == DeviceKind.DOCUMENT_PRINTER) prints += d.statistics().get("jobsPrinted");
            if (s.kind() == DeviceKind.RECEIPT_PRINTER) receipts += d.statistics().get("receipts");
        }
        n.set("paper", paper);
        n.put("version", version).put("startedAt", startedAt.toString())
                .put("uptimeSeconds", Duration.between(startedAt, now).toSeconds())
                .put("lastSessionEnd", lastSessionEnd == null ? null : lastSessionEnd.toString())
                .put("at", now.toString());
        ObjectNode c = n.putObject("counters");
        c.put("sessions", sessions.get()).put("prints", prints).put("receipts", receipts);
        ObjectNode e = c.putObject("errors");
        new TreeMap<>(errors).forEach((k, v) -> e.put(k, v.get()));
        c.put("eventsDropped", droppedEvents.getAsLong());
        n.put("notice", mask(notice));
        ArrayNode dis = n.putArray("disabledItems");
        disabledItems.forEach(dis::add);
        return n.toString();
    }

    static String mask(String s) {
        return s == null ? null : LONG_NUMBER.matcher(s).replaceAll("[number]");
    }
}
