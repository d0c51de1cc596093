package org.govkiosk.kiosk.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.govkiosk.config.KioskConfig;
import org.govkiosk.fleet.FleetCommandGate;
import org.govkiosk.fleet.FleetCommandQueue;
import org.govkiosk.fleet.FleetPublisher;
import org.govkiosk.fleet.FleetSettings;
import org.govkiosk.fleet.KioskTelemetry;
import org.govkiosk.fleet.OperatorKeys;
import org.govkiosk.kiosk.KioskMain;
import org.govkiosk.testing.MosquittoBroker;
import org.govkiosk.testing.MqttTap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code kiosk.jar fleet}: listing from retained statuses, a hung broker, keys and signed commands. */
class FleetToolTest {
    @TempDir Path dir;

    record Run(int code, String out, String err, long millis) {}

    static Run run(String... args) {
        CommandLine cl = KioskMain.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        long t = System.nanoTime();
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString(), (System.nanoTime() - t) / 1_000_000);
    }

    @Test
    void listsEveryKioskFromTheRetainedStatusAndOneBadKioskIsJustOneRow() throws Exception {
        try (MosquittoBroker broker = MosquittoBroker.start(dir.resolve("broker"));
             MqttTap kiosks = MqttTap.open(broker.url(), "nothing/#")) {
            kiosks.publish("govkiosk/zz/OK-1/status", FleetWebPageTest.status("OK-1", "AVAILABLE", "[]", "FULL"), true);
            kiosks.publish("govkiosk/zz/OOS-1/status", "{\"kiosk\":\"OOS-1\",\"availability\":\"OUT_OF_SERVICE\",\"reasons\":[\"OPERATOR\"],"
                    + "\"operatorReason\":\"glass broken\",\"paper\":{\"receipt\":\"LOW\",\"a4\":\"FULL\"},\"at\":\"" + Instant.now() + "\"}", true);
            kiosks.publish("govkiosk/zz/GONE-1/status", "{\"kiosk\":\"GONE-1\",\"availability\":\"OFFLINE\",\"reasons\":[\"connection lost\"],"
                    + "\"connectedAt\":\"2026-12-01T08:00:00Z\"}", true);
            kiosks.publish("govkiosk/zz/BAD-1/status", "{not json", true);
            kiosks.publish("govkiosk/zz/BIG-1/status", "x".repeat(FleetView.MAX_STATUS_BYTES + 1), true);
            kiosks.publish("govkiosk/other/OK-2/status", FleetWebPageTest.status("OK-2", "AVAILABLE", "[]", "FULL"), true);

            Run r = run("fleet", "--broker", broker.url(), "--wait", "700ms");
            assertEquals(1, r.code(), r.out() + r.err());
            assertTrue(r.out().startsWith("6 kiosks, 4 need attention"), r.out());
            List<String> lines = r.out().lines().toList();
            String oos = lines.stream().filter(l -> l.contains("OOS-1")).findFirst().orElseThrow();
            assertTrue(oos.contains("out of service: OPERATOR \"glass broken\"") && oos.contains("receipt paper low"), oos);
            String gone = lines.stream().filter(l -> l.contains("GONE-1")).findFirst().orElseThrow();
            assertTrue(gone.contains("OFFLINE") && gone.contains("offline (connection lost)") && gone.contains("08:00:00"), gone);
            assertTrue(lines.stream().anyMatch(l -> l.contains("BAD-1") && l.contains("unreadable status")), r.out());
            assertTrue(lines.stream().anyMatch(l -> l.contains("BIG-1") && l.contains("status too large")), r.out());
            // The fine ones come last.
            assertTrue(lines.get(lines.size() - 1).contains("OK-"), r.out());

            Run zone = run("fleet", "--broker", broker.url(), "--wait", "500ms", "--zone", "other");
            assertEquals(0, zone.code(), zone.out());
            assertTrue(zone.out().startsWith("1 kiosks, 0 need attention"), zone.out());
        }
    }

    @Test
    void aBrokerThatAcceptsAndSaysNothingCannotHangTheListing() throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        List<Socket> held = new ArrayList<>();
        try (ServerSocket mute = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                while (!stop.get()) {
                    try {
                        held.add(mute.accept()); // accept, then never answer CONNECT
                    } catch (Exception e) {
                        return;
                    }
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            Run r = run("fleet", "--broker", "tcp://127.0.0.1:" + mute.getLocalPort(), "--timeout", "2");
            assertEquals(2, r.code(), r.out() + r.err());
            // Issue 10 item 4: the whole command returns within its timeout + 1 s.
            assertTrue(r.millis() < 3000, "took " + r.millis() + " ms");
            stop.set(true);
        } finally {
            for (Socket s : held) s.close();
        }
    }

    @Test
    void plainTcpToAnotherHostIsRefused() {
        Run r = run("fleet", "--broker", "tcp://10.1.2.3:1883");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("plain TCP is refused off loopback"), r.err());
    }

    @Test
    void keygenThenSendASignedCommandThatTheKioskApplies() throws Exception {
        Path key = dir.resolve("operator.key");
        Run gen = run("fleet", "keygen", "--out", key.toString());
        assertEquals(0, gen.code(), gen.err());
        String publicLine = gen.out().lines().filter(l -> l.startsWith("fleet.operatorKey=")).findFirst().orElseThrow()
                .substring("fleet.operatorKey=".length());
        assertTrue(Files.readString(key).startsWith("-----BEGIN PRIVATE KEY-----"));
        assertEquals(2, run("fleet", "keygen", "--out", key.toString()).code(), "never overwrites a key");

        try (MosquittoBroker broker = MosquittoBroker.start(dir.resolve("broker"))) {
            FleetSettings s = FleetSettings.from(KioskConfig.defaults().with(Map.of("fleet.mqtt.url", broker.url(), "kiosk.id", "CMD-1",
                    "fleet.zone", "zz", "fleet.operatorKey", publicLine))).orElseThrow();
            FleetPublisher[] pub = new FleetPublisher[1];
            KioskTelemetry telemetry = new KioskTelemetry(s, "1", List::of, j -> pub[0].event(j), Clock.systemUTC());
            FleetCommandQueue[] queue = new FleetCommandQueue[1];
            pub[0] = new FleetPublisher(s, telemetry::statusJson, p -> queue[0].receive(p), null, Clock.systemUTC());
            queue[0] = new FleetCommandQueue(new FleetCommandGate(OperatorKeys.parsePublicKey(publicLine), "CMD-1", Duration.ofMinutes(5), null,
                    Clock.systemUTC()), pub[0]::result, telemetry, Clock.systemUTC());
            List<String> applied = new ArrayList<>();
            AtomicBoolean running = new AtomicBoolean(true);
            // The kiosk's frames, between sessions.
            Thread frames = new Thread(() -> {
                while (running.get()) {
                    queue[0].applyBetweenSessions(false, c -> {
                        applied.add(c.action().wire + " " + c.args());
                        return "done";
                    });
                    try {
                        Thread.sleep(16);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            frames.start();
            try {
                try (MqttTap watch = MqttTap.open(broker.url(), "govkiosk/zz/CMD-1/status")) {
                    pub[0].start();
                    // Its status follows its subscription on the same connection: once seen, commands reach it.
                    watch.await(m -> true, Duration.ofSeconds(15));
                }
                Run send = run("fleet", "--broker", broker.url(), "send", "--key", key.toString(), "zz/CMD-1", "notice", "text=Closed 1 Oct");
                assertEquals(0, send.code(), send.out() + send.err());
                assertTrue(send.out().contains("applied: done"), send.out());
                assertEquals(List.of("notice {text=Closed 1 Oct}"), applied);

                Path other = dir.resolve("intruder.key");
                run("fleet", "keygen", "--out", other.toString());
                Run forged = run("fleet", "--broker", broker.url(), "send", "--key", other.toString(), "zz/CMD-1", "restart");
                assertEquals(1, forged.code(), forged.out() + forged.err());
                assertTrue(forged.out().contains("refused: bad signature"), forged.out());
                assertEquals(1, applied.size());

                Run nobody = run("fleet", "--broker", broker.url(), "--timeout", "1", "send", "--key", key.toString(), "zz/NOBODY", "restart");
                assertEquals(4, nobody.code(), nobody.out() + nobody.err());
            } finally {
                running.set(false);
                frames.join();
                pub[0].close();
            }
        }
    }
}
