package org.govkiosk.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FleetCommandGateTest {
    private static final Instant NOW = Instant.parse("2026-12-03T07:00:00Z");
    private final KeyPair operator = OperatorKeys.generate();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    private FleetCommandGate gate(Path replayFile) {
        return new FleetCommandGate(operator.getPublic(), "K1", Duration.ofMinutes(5), replayFile, clock);
    }

    private static byte[] bytes(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    private String signed(String kiosk, Instant at) {
        return SignedCommands.sign(FleetCommand.create(kiosk, FleetCommand.Action.OUT_OF_SERVICE, Map.of("reason", "glass broken"), at),
                operator.getPrivate());
    }

    @Test
    void acceptsTheOperatorsFreshCommandOnce() {
        FleetCommandGate g = gate(null);
        String cmd = signed("K1", NOW.minusSeconds(10));
        FleetCommandGate.Verdict v = g.check(bytes(cmd));
        assertTrue(v.accepted(), v.refusal());
        assertEquals("glass broken", v.command().arg("reason"));
        FleetCommandGate.Verdict again = g.check(bytes(cmd));
        assertFalse(again.accepted());
        assertEquals("replayed", again.refusal());
        assertEquals(v.id(), again.id());
    }

    @Test
    void refusesUnsignedForgedTamperedStaleFutureAndMisaddressed() {
        FleetCommandGate g = gate(null);
        FleetCommand c = FleetCommand.create("K1", FleetCommand.Action.RESTART, Map.of(), NOW);
        String unsigned = "{\"body\":" + FleetCommand.JSON.valueToTree(c.toBody()) + "}";
        assertEquals("unsigned", g.check(bytes(unsigned)).refusal());

        String forged = SignedCommands.sign(c, OperatorKeys.generate().getPrivate());
        assertEquals("bad signature", g.check(bytes(forged)).refusal());

        String good = SignedCommands.sign(FleetCommand.create("K1", FleetCommand.Action.NOTICE, Map.of("text", "a"), NOW), operator.getPrivate());
        String tampered = good.replace("\\\"text\\\":\\\"a\\\"", "\\\"text\\\":\\\"b\\\"");
        assertFalse(tampered.equals(good), "the test must really change the body");
        assertEquals("bad signature", g.check(bytes(tampered)).refusal());

        assertTrue(g.check(bytes(signed("K1", NOW.minus(Duration.ofMinutes(6))))).refusal().startsWith("stale"));
        assertTrue(g.check(bytes(signed("K1", NOW.plus(Duration.ofMinutes(2))))).refusal().startsWith("issued in the future"));
        assertEquals("addressed to kiosk K2", g.check(bytes(signed("K2", NOW))).refusal());
        assertTrue(g.check(bytes("not json")).refusal().startsWith("malformed"));
        assertTrue(g.check(new byte[FleetCommandGate.MAX_PAYLOAD + 1]).refusal().startsWith("too large"));
    }

    @Test
    void withoutAnOperatorKeyEveryCommandIsRefused() {
        FleetCommandGate g = new FleetCommandGate(null, "K1", Duration.ofMinutes(5), null, clock);
        assertTrue(g.check(bytes(signed("K1", NOW))).refusal().startsWith("no operator key"));
    }

    @Test
    void aReplayIsRefusedAfterARestart(@TempDir Path dir) {
        Path file = dir.resolve("seen");
        String cmd = signed("K1", NOW.minusSeconds(1));
        assertTrue(gate(file).check(bytes(cmd)).accepted());
        // A new gate reading the same file is a restarted kiosk.
        assertEquals("replayed", gate(file).check(bytes(cmd)).refusal());
        assertTrue(gate(file).check(bytes(signed("K1", NOW))).accepted(), "other commands still pass");
    }
}
