package org.govkiosk.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.govkiosk.config.KioskConfig;
import org.govkiosk.device.Device;
import org.govkiosk.device.HealthLevel;
import org.govkiosk.sim.link.PipeLink;
import org.govkiosk.sim.receipt.EscPosPrinterEmulator;
import org.govkiosk.device.receipt.EscPosReceiptPrinter;
import org.govkiosk.session.EndReason;
import org.govkiosk.session.KioskState;
import org.govkiosk.session.ManualTicker;
import org.govkiosk.session.OutOfServiceReason;
import org.govkiosk.session.SessionManager;
import org.govkiosk.session.SessionPolicy;
import org.govkiosk.testing.MosquittoBroker;
import org.govkiosk.testing.MqttTap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fleet reporting against a real Mosquitto started by the test on a free loopback port. Lives in core-sim because
 * the status test drives the real receipt-printer driver against the ESC/POS emulator.
 */
class FleetBrokerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(15);

    @TempDir Path dir;
    private MosquittoBroker broker;
    private final List<AutoCloseable> closing = new ArrayList<>();

    @BeforeEach
    void broker() throws Exception {
        broker = MosquittoBroker.start(dir.resolve("broker"));
    }

    @AfterEach
    void close() throws Exception {
        for (int i = closing.size() - 1; i >= 0; i--) closing.get(i).close();
        broker.close();
    }

    private <T extends AutoCloseable> T closeLater(T c) {
        closing.add(c);
        return c;
    }

    private FleetSettings settings(String kiosk, Map<String, String> more) {
        Map<String, String> m = new HashMap<>(Map.of("fleet.mqtt.url", broker.url(), "kiosk.id", kiosk, "fleet.zone", "test",
                "fleet.reconnect.min", "100ms", "fleet.reconnect.max", "500ms", "fleet.statusInterval", "60s"));
        m.putAll(more);
        return FleetSettings.from(KioskConfig.defaults().with(m)).orElseThrow();
    }

    private static JsonNode json(MqttTap.Message m) {
        try {
            return JSON.readTree(m.payload());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + m.payload());
        }
    }

    @Test
    void statusIsRetainedAndSaysWhatTheKioskIs() throws Exception {
        PipeLink[] cable = PipeLink.pair("receipt");
        EscPosPrinterEmulator emulator = closeLater(new EscPosPrinterEmulator(cable[1], dir.resolve("receipts")).start());
        EscPosReceiptPrinter printer = new EscPosReceiptPrinter(cable[0], org.govkiosk.config.KioskSettings.defaults().receipt());
        printer.start();
        closeLater(printer::close);
        emulator.setPaperNearEnd(true);
        printer.checkHealth(HealthLevel.EXTERNAL); // asks the emulator over the wire: paper near end

        FleetSettings s = settings("K-STATUS", Map.of());
        FleetPublisher[] pub = new FleetPublisher[1];
        KioskTelemetry telemetry = new KioskTelemetry(s, "9.9.9", () -> List.<Device>of(printer), j -> pub[0].event(j), Clock.systemUTC());
        pub[0] = closeLater(new FleetPublisher(s, telemetry::statusJson, p -> {}, null, Clock.systemUTC()));
        telemetry.droppedEvents(pub[0]::droppedEvents);

        SessionManager sessions = new SessionManager(SessionPolicy.from(org.govkiosk.config.KioskSettings.defaults().session()), new ManualTicker());
        sessions.addListener(telemetry);
        sessions.ready();
        sessions.start(Locale.CHINA, false);
        sessions.end(EndReason.DONE);
        sessions.hold(OutOfServiceReason.BACKEND, "health check failed");

        try (MqttTap live = MqttTap.open(broker.url(), "govkiosk/#")) {
            pub[0].start();
            telemetry.pollDevices();
            pub[0].statusChanged();
            live.await(m -> m.topic().equals("govkiosk/test/K-STATUS/events") && json(m).path("kind").asText().equals("paper-low"), WAIT);
            live.await(m -> m.topic().equals("govkiosk/test/K-STATUS/status"), WAIT);
        }
        // A tool that connects later gets the status from the broker, retained.
        try (MqttTap later = MqttTap.open(broker.url(), "govkiosk/+/+/status")) {
            MqttTap.Message m = later.await(x -> x.topic().equals("govkiosk/test/K-STATUS/status"), WAIT);
            assertTrue(m.retained());
            JsonNode st = json(m);
            assertEquals("K-STATUS", st.path("kiosk").asText());
            assertEquals("test", st.path("zone").asText());
            assertEquals("OUT_OF_SERVICE", st.path("availability").asText());
            assertEquals("[\"BACKEND\"]", st.path("reasons").toString());
            assertEquals("LOW", st.path("paper").path("receipt").asText());
            assertEquals("LOW", st.path("devices").get(0).path("supplies").asText());
            assertEquals("RECEIPT_PRINTER", st.path("devices").get(0).path("kind").asText());
            assertEquals("9.9.9", st.path("version").asText());
            assertEquals(1, st.path("counters").path("sessions").asLong());
            assertTrue(st.path("uptimeSeconds").asLong() >= 0);
            assertFalse(st.path("lastSessionEnd").isNull(), st.toString());
            Instant.parse(st.path("lastSessionEnd").asText());
            Instant.parse(st.path("at").asText());
        }
    }

    @Test
    void theLastWillMarksAKilledKioskOffline() throws Exception {
        try (MqttTap live = MqttTap.open(broker.url(), "govkiosk/+/+/status")) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), FleetChildKiosk.class.getName(), broker.url(), "K-CHILD")
                    .redirectErrorStream(true).start();
            closeLater(() -> child.destroyForcibly());
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String line;
            StringBuilder seen = new StringBuilder();
            while ((line = out.readLine()) != null && !line.equals("CONNECTED")) seen.append(line).append('\n');
            assertNotNull(line, "the child kiosk never connected:\n" + seen);
            live.await(m -> m.topic().endsWith("/K-CHILD/status") && json(m).path("availability").asText().equals("AVAILABLE"), WAIT);

            child.destroyForcibly(); // SIGKILL: no goodbye, no clean disconnect
            assertTrue(child.waitFor(10, TimeUnit.SECONDS));
            MqttTap.Message will = live.await(m -> m.topic().endsWith("/K-CHILD/status") && json(m).path("availability").asText().equals("OFFLINE"), WAIT);
            assertEquals("[\"connection lost\"]", json(will).path("reasons").toString());
        }
        try (MqttTap later = MqttTap.open(broker.url(), "govkiosk/+/+/status")) {
            MqttTap.Message m = later.await(x -> x.topic().endsWith("/K-CHILD/status"), WAIT);
            assertTrue(m.retained());
            assertEquals("OFFLINE", json(m).path("availability").asText());
        }
    }

    @Test
    void eventsWaitForTheBrokerAndTheOldestAreDroppedWhenTheBufferIsFull() throws Exception {
        MqttTap tap = closeLater(new MqttTap(broker.url(), "govkiosk/test/K-BUF/events", "durable-operator", true));
        FleetSettings s = settings("K-BUF", Map.of("fleet.eventBuffer", "3"));
        FleetPublisher[] pub = new FleetPublisher[1];
        KioskTelemetry telemetry = new KioskTelemetry(s, "1", List::of, j -> pub[0].event(j), Clock.systemUTC());
        pub[0] = closeLater(new FleetPublisher(s, telemetry::statusJson, p -> {}, null, Clock.systemUTC()));
        telemetry.droppedEvents(pub[0]::droppedEvents);
        pub[0].start();
        telemetry.emit("before", Map.of("n", 0L));
        tap.await(m -> json(m).path("kind").asText().equals("before"), WAIT);

        broker.stop();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (pub[0].connected() && System.nanoTime() < deadline) Thread.sleep(20);
        assertFalse(pub[0].connected(), "the publisher noticed the broker went away");
        for (int i = 1; i <= 5; i++) telemetry.emit("while-down", Map.of("n", (long) i));
        broker.start(); // same port; the durable operator subscription was saved by the broker
        tap.connect();

        List<MqttTap.Message> got = tap.awaitCount(m -> json(m).path("kind").asText().equals("while-down"), 3, WAIT);
        assertEquals(List.of(3L, 4L, 5L), got.stream().map(m -> json(m).path("n").asLong()).toList(), "oldest two dropped, order kept");
        assertEquals(2, pub[0].droppedEvents());
        assertFalse(got.get(0).retained(), "events are not retained");
        try (MqttTap status = MqttTap.open(broker.url(), "govkiosk/test/K-BUF/status")) {
            pub[0].statusChanged();
            status.await(m -> json(m).path("counters").path("eventsDropped").asLong() == 2, WAIT);
        }
    }

    @Test
    void commandsAreCheckedAndAppliedOnlyBetweenSessions() throws Exception {
        KeyPair operator = OperatorKeys.generate();
        FleetSettings s = settings("K-CMD", Map.of("fleet.operatorKey", OperatorKeys.publicKeyLine(operator.getPublic()),
                "fleet.stateDir", dir.resolve("state").toString()));
        FleetPublisher[] pub = new FleetPublisher[1];
        KioskTelemetry telemetry = new KioskTelemetry(s, "1", List::of, j -> pub[0].event(j), Clock.systemUTC());
        FleetCommandQueue[] queue = new FleetCommandQueue[1];
        pub[0] = closeLater(new FleetPublisher(s, telemetry::statusJson, p -> queue[0].receive(p), null, Clock.systemUTC()));
        FleetCommandGate gate = new FleetCommandGate(operator.getPublic(), "K-CMD", s.commandMaxAge(), s.stateDir().get().resolve("seen"), Clock.systemUTC());
        queue[0] = new FleetCommandQueue(gate, pub[0]::result, telemetry, Clock.systemUTC());

        SessionManager sessions = new SessionManager(SessionPolicy.from(org.govkiosk.config.KioskSettings.defaults().session()), new ManualTicker());
        sessions.addListener(telemetry);
        sessions.ready();
        FleetCommandQueue.Actions actions = c -> {
            sessions.hold(OutOfServiceReason.OPERATOR, c.arg("reason"));
            telemetry.operatorReason(c.arg("reason"));
            pub[0].statusChanged();
            return "out of service";
        };

        try (MqttTap op = MqttTap.open(broker.url(), "govkiosk/test/K-CMD/#")) {
            pub[0].start();
            op.await(m -> m.topic().endsWith("/status"), WAIT);
            String topic = "govkiosk/test/K-CMD/cmd";
            Instant now = Instant.now();
            FleetCommand.Action oos = FleetCommand.Action.OUT_OF_SERVICE;
            op.publish(topic, SignedCommands.sign(FleetCommand.create("K-CMD", oos, Map.of("reason", "x"), now), OperatorKeys.generate().getPrivate()), false);
            op.publish(topic, SignedCommands.sign(FleetCommand.create("K-CMD", oos, Map.of("reason", "x"), now.minus(Duration.ofMinutes(10))), operator.getPrivate()), false);
            op.publish(topic, "{\"body\":\"{}\"}", false);
            List<MqttTap.Message> refused = op.awaitCount(m -> m.topic().endsWith("/cmd/result") && json(m).path("outcome").asText().equals("refused"), 3, WAIT);
            assertEquals(List.of("bad signature", "stale", "unsigned"),
                    refused.stream().map(m -> json(m).path("detail").asText().split(":")[0]).toList());

            sessions.start(Locale.CHINA, false);
            String good = SignedCommands.sign(FleetCommand.create("K-CMD", oos, Map.of("reason", "glass broken"), now), operator.getPrivate());
            op.publish(topic, good, false);
            op.await(m -> m.topic().endsWith("/cmd/result") && json(m).path("outcome").asText().equals("accepted")
                    && json(m).path("detail").asText().contains("session"), WAIT);
            // Frames go by while she is served: nothing happens to her session.
            for (int i = 0; i < 10; i++) queue[0].applyBetweenSessions(sessions.inSession(), actions);
            assertEquals(KioskState.IN_SESSION, sessions.state());
            assertTrue(queue[0].hasPending());

            sessions.end(EndReason.DONE);
            queue[0].applyBetweenSessions(sessions.inSession(), actions);
            assertEquals(KioskState.OUT_OF_SERVICE, sessions.state());
            assertTrue(sessions.holds(OutOfServiceReason.OPERATOR));
            op.await(m -> m.topic().endsWith("/cmd/result") && json(m).path("outcome").asText().equals("applied"), WAIT);
            op.await(m -> m.topic().endsWith("/status") && json(m).path("availability").asText().equals("OUT_OF_SERVICE")
                    && json(m).path("operatorReason").asText().equals("glass broken"), WAIT);

            op.publish(topic, good, false); // the same bytes again
            op.await(m -> m.topic().endsWith("/cmd/result") && json(m).path("detail").asText().equals("replayed"), WAIT);
            assertFalse(queue[0].hasPending());
        }
    }
}
