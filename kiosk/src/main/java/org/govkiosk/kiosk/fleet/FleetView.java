package org.govkiosk.kiosk.fleet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.govkiosk.fleet.FleetTopics;

/**
 * The operator's picture of the fleet, built from every kiosk's retained status (the broker hands all of them
 * over on subscribing) and kept current as statuses arrive. A kiosk that sends garbage or too much becomes one
 * row saying so; it cannot stop the others from being listed.
 */
public final class FleetView implements AutoCloseable {
    static final int MAX_STATUS_BYTES = 64 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One kiosk, as the table shows it. {@code lastSeen}: its own clock's time of the last status, or null. */
    public record Row(String zone, String kiosk, String availability, List<String> reasons, String operatorReason,
                      String receiptPaper, String a4Paper, List<String> devicesDown, String version, Instant lastSeen,
                      long eventsDropped, String problem) {
        public String key() { return zone + "/" + kiosk; }

        /** Why an operator should look, in a few words; empty when all is well. */
        public List<String> attention(Instant now, Duration silentAfter) {
            List<String> a = new ArrayList<>();
            if (problem != null) a.add(problem);
            if ("OFFLINE".equals(availability)) a.add("offline" + (reasons.isEmpty() ? "" : " (" + String.join(", ", reasons) + ")"));
            else if (lastSeen != null && lastSeen.isBefore(now.minus(silentAfter))) a.add("silent since " + lastSeen);
            if ("OUT_OF_SERVICE".equals(availability)) {
                a.add("out of service: " + (reasons.isEmpty() ? "?" : String.join(", ", reasons))
                        + (operatorReason == null ? "" : " \"" + operatorReason + "\""));
            }
            if ("MAINTENANCE".equals(availability)) a.add("maintenance");
            paper("receipt", receiptPaper, a);
            paper("A4", a4Paper, a);
            for (String d : devicesDown) a.add(d);
            return a;
        }

        private static void paper(String which, String level, List<String> a) {
            if ("LOW".equals(level) || "OUT".equals(level) || "JAMMED".equals(level)) a.add(which + " paper " + level.toLowerCase());
        }
    }

    private final BrokerLogin login;
    private final Clock clock;
    private final Map<String, Row> rows = new ConcurrentHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final String zoneFilter;
    private MqttAsyncClient client;
    private volatile boolean lost;
    private volatile boolean keepConnected;
    private volatile boolean closed;

    public FleetView(BrokerLogin login, String zoneFilter, Clock clock) {
        this.login = login;
        this.zoneFilter = zoneFilter;
        this.clock = clock;
    }

    public void onChange(Runnable r) { listeners.add(r); }

    /** Connects and subscribes; returns once the broker acknowledged the subscription or the timeout passed. */
    public void connect(Duration timeout) throws MqttException {
        client = new MqttAsyncClient(login.address().pahoUri(), "govkiosk-operator-" + Long.toHexString(System.nanoTime()), new MemoryPersistence());
        client.setCallback(new MqttCallback() {
            @Override public void connectionLost(Throwable cause) {
                lost = true;
                listeners.forEach(Runnable::run);
                if (keepConnected) reconnectLater(1);
            }
            @Override public void messageArrived(String topic, MqttMessage m) { accept(topic, m.getPayload(), m.isRetained()); }
            @Override public void deliveryComplete(IMqttDeliveryToken token) {}
        });
        connectOnce(timeout);
    }

    private void connectOnce(Duration timeout) throws MqttException {
        long deadline = System.nanoTime() + timeout.toNanos();
        client.connect(login.options((int) Math.max(1, timeout.toSeconds()))).waitForCompletion(timeout.toMillis());
        String filter = FleetTopics.ROOT + "/" + (zoneFilter == null ? "+" : zoneFilter) + "/+/status";
        client.subscribe(filter, 1).waitForCompletion(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        lost = false;
    }

    /** For the long-running web page: after a lost connection, try again with back-off (1 s doubling to 30 s). */
    public void keepConnected() { keepConnected = true; }

    private void reconnectLater(int attempt) {
        long delay = Math.min(30_000L, 1000L << Math.min(5, attempt - 1));
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(delay);
                if (closed) return;
                connectOnce(Duration.ofSeconds(10));
                listeners.forEach(Runnable::run); // the retained statuses arrive again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (MqttException | RuntimeException e) {
                if (!closed) reconnectLater(attempt + 1);
            }
        }, "fleet-view-reconnect");
        t.setDaemon(true);
        t.start();
    }

    public boolean connectionLost() { return lost; }

    void accept(String topic, byte[] payload, boolean retained) {
        FleetTopics t = FleetTopics.of(topic);
        if (t == null) return;
        Row before = rows.get(t.zone() + "/" + t.kioskId());
        Row row;
        if (payload.length == 0) {
            rows.remove(t.zone() + "/" + t.kioskId()); // an operator cleared a decommissioned kiosk's retained status
            listeners.forEach(Runnable::run);
            return;
        } else if (payload.length > MAX_STATUS_BYTES) {
            row = problem(t, before, "status too large (" + payload.length + " bytes)");
        } else {
            try {
                row = parse(t, JSON.readTree(payload), before, retained);
            } catch (java.io.IOException | RuntimeException e) {
                row = problem(t, before, "unreadable status");
            }
        }
        rows.put(row.key(), row);
        listeners.forEach(Runnable::run);
    }

    private Row problem(FleetTopics t, Row before, String what) {
        return new Row(t.zone(), t.kioskId(), before == null ? "?" : before.availability(), List.of(), null, null, null,
                List.of(), before == null ? null : before.version(), before == null ? null : before.lastSeen(), 0, what);
    }

    private Row parse(FleetTopics t, JsonNode n, Row before, boolean retained) {
        String availability = n.path("availability").asText("?");
        List<String> reasons = new ArrayList<>();
        n.path("reasons").forEach(r -> reasons.add(r.asText()));
        List<String> down = new ArrayList<>();
        n.path("devices").forEach(d -> {
            String state = d.path("state").asText();
            if (state.equals("OFFLINE") || state.equals("HARDWARE_ERROR") || state.equals("USER_ERROR")) {
                down.add(d.path("id").asText() + " " + state.toLowerCase());
            }
        });
        Instant seen = time(n.path("at").asText(null));
        if (seen == null && "OFFLINE".equals(availability)) {
            // The Last Will carries no time: a live one arrived now; a retained one keeps what we saw before.
            seen = !retained ? clock.instant() : before != null ? before.lastSeen() : time(n.path("connectedAt").asText(null));
        }
        return new Row(t.zone(), t.kioskId(), availability, reasons, n.hasNonNull("operatorReason") ? n.path("operatorReason").asText() : null,
                n.path("paper").hasNonNull("receipt") ? n.path("paper").path("receipt").asText() : null,
                n.path("paper").hasNonNull("a4") ? n.path("paper").path("a4").asText() : null,
                down, n.hasNonNull("version") ? n.path("version").asText() : before == null ? null : before.version(), seen,
                n.path("counters").path("eventsDropped").asLong(0), null);
    }

    private static Instant time(String s) {
        if (s == null) return null;
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Every kiosk, the ones needing attention first, then by zone and id. */
    public List<Row> rows(Duration silentAfter) {
        Instant now = clock.instant();
        return rows.values().stream().sorted(Comparator.<Row, Boolean>comparing(r -> r.attention(now, silentAfter).isEmpty())
                .thenComparing(Row::zone).thenComparing(Row::kiosk)).toList();
    }

    public int size() { return rows.size(); }

    @Override
    public void close() {
        closed = true;
        if (client == null) return;
        try {
            if (client.isConnected()) client.disconnect(0).waitForCompletion(1000);
        } catch (MqttException e) {
            // leaving anyway
        }
        try {
            client.close(true);
        } catch (MqttException e) {
            // leaving anyway
        }
    }
}
