package org.govkiosk.desktop.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.govkiosk.desktop.records.DemoCitizens;
import org.govkiosk.fleet.FleetCommand;
import org.govkiosk.fleet.OperatorKeys;
import org.govkiosk.fleet.SignedCommands;
import org.govkiosk.identity.IdentityDocument;
import org.govkiosk.identity.Masking;
import org.govkiosk.testing.MosquittoBroker;
import org.govkiosk.testing.MqttTap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desktop kiosk publishing to a real Mosquitto while scenarios play: every message scanned for personal
 * data, and an operator's command that waits for the citizen's session to end.
 */
class FleetAcceptanceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir Path dir;

    private static JsonNode json(MqttTap.Message m) {
        try {
            return JSON.readTree(m.payload());
        } catch (Exception e) {
            throw new AssertionError("not JSON on " + m.topic() + ": " + m.payload());
        }
    }

    private static Map<String, String> fleet(MosquittoBroker broker, String kiosk) {
        return Map.of("fleet.mqtt.url", broker.url(), "kiosk.id", kiosk, "fleet.zone", "acc", "fleet.statusInterval", "2s");
    }

    @Test
    void anOperatorsCommandWaitsForHerSessionToEndAndNothingPublishedIsPersonal() throws Exception {
        KeyPair operator = OperatorKeys.generate();
        Path out = Path.of("target", "acceptance", "fleet-command-at-session-end").toAbsolutePath();
        try (MosquittoBroker broker = MosquittoBroker.start(dir.resolve("broker"));
             MqttTap op = MqttTap.open(broker.url(), "govkiosk/acc/CMD-1/#")) {
            Map<String, String> cfg = new java.util.HashMap<>(fleet(broker, "CMD-1"));
            cfg.put("fleet.operatorKey", OperatorKeys.publicKeyLine(operator.getPublic()));
            String[] id = new String[1];
            CompletableFuture<Void> operatorSide = CompletableFuture.runAsync(() -> {
                try {
                    op.await(m -> m.topic().endsWith("/status") && json(m).path("availability").asText().equals("IN_SESSION"), Duration.ofSeconds(90));
                    FleetCommand c = FleetCommand.create("CMD-1", FleetCommand.Action.OUT_OF_SERVICE, Map.of("reason", "glass cracked"), Instant.now());
                    id[0] = c.id();
                    op.publish("govkiosk/acc/CMD-1/cmd", SignedCommands.sign(c, operator.getPrivate()), false);
                    MqttTap.Message accepted = op.await(m -> m.topic().endsWith("/cmd/result") && json(m).path("id").asText().equals(c.id()), WAIT);
                    assertEquals("accepted", json(accepted).path("outcome").asText());
                    assertEquals("waiting for the current session to end", json(accepted).path("detail").asText());
                    Files.createDirectories(out.resolve("fleet"));
                    Files.writeString(out.resolve("fleet").resolve("command-accepted"), c.id());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            AcceptanceRun.Result r = AcceptanceRun.run("fleet-command-at-session-end", cfg, kiosk -> {
                try {
                    op.await(m -> m.topic().endsWith("/cmd/result") && json(m).path("outcome").asText().equals("applied"), WAIT);
                    op.await(m -> m.topic().endsWith("/status") && json(m).path("availability").asText().equals("OUT_OF_SERVICE"), WAIT);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            operatorSide.get(10, TimeUnit.SECONDS);
            r.passed();
            AcceptanceRun.assertScreensInOrder(r.report(), "attract", "catalog", "result", "outOfService");

            List<MqttTap.Message> all = op.all();
            int accepted = indexOf(all, m -> m.topic().endsWith("/cmd/result") && json(m).path("outcome").asText().equals("accepted"));
            int sessionOver = indexOf(all, m -> m.topic().endsWith("/status") && json(m).path("counters").path("sessions").asLong() == 1
                    && !json(m).path("lastSessionEnd").isNull());
            int applied = indexOf(all, m -> m.topic().endsWith("/cmd/result") && json(m).path("outcome").asText().equals("applied"));
            assertTrue(accepted >= 0 && applied > accepted, "accepted then applied: " + all);
            assertTrue(sessionOver >= 0, "a status after her session: " + all);
            MqttTap.Message last = all.stream().filter(m -> m.topic().endsWith("/status") && !json(m).path("availability").asText().equals("OFFLINE"))
                    .reduce((a, b) -> b).orElseThrow();
            MqttTap.Message stop = all.stream().filter(m -> m.topic().endsWith("/status")).reduce((a, b) -> b).orElseThrow();
            assertEquals("[\"shut down\"]", json(stop).path("reasons").toString(), "a clean stop says so, unlike the Last Will");
            assertEquals("OUT_OF_SERVICE", json(last).path("availability").asText());
            assertEquals("[\"OPERATOR\"]", json(last).path("reasons").toString());
            assertTrue(all.stream().anyMatch(m -> m.topic().endsWith("/events") && json(m).path("kind").asText().equals("command-applied")
                    && json(m).path("id").asText().equals(id[0])), "command-applied event: " + all);
            assertTrue(all.stream().anyMatch(m -> m.topic().endsWith("/events") && json(m).path("kind").asText().equals("out-of-service-entered")
                    && json(m).path("reason").asText().equals("OPERATOR")), "out-of-service event: " + all);
            assertEquals(1, json(last).path("counters").path("prints").asLong(), "her certificate is counted");
            assertEquals(1, json(last).path("counters").path("receipts").asLong(), "her receipt is counted");

            // Nothing about her in any message of the run: name, ID number (full, masked, birth date), address, what she printed.
            IdentityDocument her = DemoCitizens.HOMEOWNER_WITH_MORTGAGE.document();
            List<String> forbidden = List.of(her.name(), her.number(), Masking.idNumber(her.number()), her.number().substring(6, 14),
                    her.address(), "花园路", "FC-011", "契税");
            for (MqttTap.Message m : all) {
                for (String f : forbidden) {
                    assertFalse(m.payload().contains(f), "'" + f + "' published on " + m.topic() + ": " + m.payload());
                }
            }
        }
    }

    private static int indexOf(List<MqttTap.Message> all, java.util.function.Predicate<MqttTap.Message> p) {
        for (int i = 0; i < all.size(); i++) if (p.test(all.get(i))) return i;
        return -1;
    }
}
