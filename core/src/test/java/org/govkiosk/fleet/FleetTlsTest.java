package org.govkiosk.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.govkiosk.config.ConfigException;
import org.govkiosk.config.KioskConfig;
import org.govkiosk.testing.ExternalTool;
import org.govkiosk.testing.MosquittoBroker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS and the kiosk's own credentials against a real Mosquitto with a TLS listener, a password file and no
 * anonymous access; and the transport rule (plain TCP only on loopback).
 */
class FleetTlsTest {
    @TempDir Path dir;

    private static void run(Path dir, String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, String.join(" ", cmd) + ": " + out);
    }

    @Test
    void plainTcpIsRefusedOffLoopback() {
        ConfigException e = assertThrows(ConfigException.class, () -> FleetSettings.BrokerAddress.parse("tcp://10.0.0.5:1883"));
        assertTrue(e.getMessage().contains("plain TCP is refused off loopback"), e.getMessage());
        assertThrows(ConfigException.class, () -> FleetSettings.BrokerAddress.parse("tcp://broker.example:1883"));
        assertThrows(ConfigException.class, () -> FleetSettings.BrokerAddress.parse("ws://127.0.0.1:1883"));
        assertEquals("tcp://127.0.0.1:1883", FleetSettings.BrokerAddress.parse("tcp://127.0.0.1").pahoUri());
        assertEquals("ssl://broker.example:8883", FleetSettings.BrokerAddress.parse("ssl://broker.example").pahoUri());
        assertThrows(ConfigException.class, () -> FleetSettings.from(KioskConfig.defaults().with(Map.of("fleet.mqtt.url", "ssl://b:8883", "fleet.zone", "a/b"))));
    }

    @Test
    void aKioskConnectsOverTlsWithItsOwnPasswordAndNotWithAWrongOne() throws Exception {
        ExternalTool.require("openssl", "openssl");
        ExternalTool.require("mosquitto_passwd", "mosquitto");
        ExternalTool.require("keytool", "openjdk-17-jdk-headless");
        Path pki = Files.createDirectories(dir.resolve("pki"));
        run(pki, "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=govkiosk-test-broker",
                "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", "broker.key", "-out", "broker.crt");
        run(pki, "keytool", "-importcert", "-noprompt", "-alias", "broker", "-file", "broker.crt", "-keystore", "trust.p12",
                "-storetype", "PKCS12", "-storepass", "changeit");
        Files.writeString(pki.resolve("passwd"), "");
        run(pki, "mosquitto_passwd", "-b", "passwd", "TLS-1", "kiosk-secret");
        int tlsPort = MosquittoBroker.freePort();
        Path extra = dir.resolve("tls.conf");
        Files.writeString(extra, String.join("\n", "per_listener_settings true",
                "listener " + tlsPort + " 127.0.0.1", "certfile " + pki.resolve("broker.crt"), "keyfile " + pki.resolve("broker.key"),
                "allow_anonymous false", "password_file " + pki.resolve("passwd"), ""));
        try (MosquittoBroker broker = MosquittoBroker.start(dir.resolve("broker"), extra)) {
            Map<String, String> cfg = new HashMap<>(Map.of("fleet.mqtt.url", "ssl://127.0.0.1:" + tlsPort, "kiosk.id", "TLS-1", "fleet.zone", "tls",
                    "fleet.mqtt.username", "TLS-1", "fleet.mqtt.password", "kiosk-secret",
                    "fleet.mqtt.trustStore", pki.resolve("trust.p12").toString(), "fleet.mqtt.trustStorePassword", "changeit",
                    "fleet.reconnect.min", "200ms", "fleet.reconnect.max", "1s"));
            try (FleetPublisher good = new FleetPublisher(FleetSettings.from(KioskConfig.defaults().with(cfg)).orElseThrow(), () -> "{}", p -> {}, null, Clock.systemUTC())) {
                good.start();
                assertTrue(awaitConnected(good, Duration.ofSeconds(20)), "connects over TLS with its own password");
            }
            cfg.put("fleet.mqtt.password", "wrong");
            try (FleetPublisher bad = new FleetPublisher(FleetSettings.from(KioskConfig.defaults().with(cfg)).orElseThrow(), () -> "{}", p -> {}, null, Clock.systemUTC())) {
                bad.start();
                assertFalse(awaitConnected(bad, Duration.ofSeconds(3)), "a wrong password is not let in");
            }
            cfg.put("fleet.mqtt.password", "kiosk-secret");
            cfg.remove("fleet.mqtt.trustStore");
            try (FleetPublisher untrusting = new FleetPublisher(FleetSettings.from(KioskConfig.defaults().with(cfg)).orElseThrow(), () -> "{}", p -> {}, null, Clock.systemUTC())) {
                untrusting.start();
                assertFalse(awaitConnected(untrusting, Duration.ofSeconds(3)), "a broker certificate the kiosk does not trust is refused");
            }
        }
    }

    private static boolean awaitConnected(FleetPublisher p, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (p.connected()) return true;
            Thread.sleep(20);
        }
        return p.connected();
    }

}
