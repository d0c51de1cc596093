package org.govkiosk.kiosk.status;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.govkiosk.admin.KioskStatus;
import org.govkiosk.admin.StatusCollector;
import org.govkiosk.config.KioskSettings;
import org.govkiosk.device.Device;
import org.govkiosk.device.link.LinkException;
import org.govkiosk.device.scanner.ScannerSettings;
import org.govkiosk.device.scanner.SerialQrScanner;
import org.govkiosk.sim.link.PipeLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Real HTTP on loopback with the JDK client. */
@Timeout(20)
class StatusEndpointTest {
    private static final String TOKEN = "op-7f3c9a1e5b2d4c6f8a0b9d1e";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final AtomicReference<String> appState = new AtomicReference<>("AVAILABLE");
    private final PipeLink[] pipe = PipeLink.pair("qr");
    private volatile boolean scannerPlugged = true;
    private SerialQrScanner scanner;
    private StatusEndpoint endpoint;

    @BeforeEach
    void start() throws Exception {
        scanner = new SerialQrScanner("qr", () -> {
            if (!scannerPlugged) throw new LinkException(LinkException.Kind.IO, "no such port");
            return pipe[0];
        }, new ScannerSettings(new byte[] {'\r'}, Duration.ofMillis(40), 512));
        scanner.start();
        List<Device> devices = List.of(scanner);
        StatusCollector collector = new StatusCollector("ZZ-GX-0007", "0.1.0", () -> devices, appState::get,
                () -> Map.of("sessions", 3L), Clock.systemUTC());
        KioskSettings config = KioskSettings.of(Map.of("status.port", "0", "status.token", TOKEN));
        endpoint = new StatusEndpoint(config.status(), collector::snapshot);
        assertTrue(endpoint.start());
    }

    @AfterEach
    void stop() {
        endpoint.close();
        scanner.close();
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + endpoint.port() + path))
                .timeout(Duration.ofSeconds(5));
        if (token != null) b.header("Authorization", "Bearer " + token);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void statusIsTheSnapshotJson() throws Exception {
        HttpResponse<String> r = get("/status", TOKEN);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        KioskStatus s = KioskStatus.fromJson(r.body());
        assertEquals("ZZ-GX-0007", s.kioskId());
        assertEquals("ONLINE", s.devices().get(0).state());
        assertEquals(3L, s.counters().get("sessions"));
    }

    @Test
    void healthTurns503WithTheReasonWhenADeviceDropsOut() throws Exception {
        assertEquals(200, get("/health", TOKEN).statusCode());
        scannerPlugged = false;
        pipe[0].unplug();
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        HttpResponse<String> r = get("/health", TOKEN);
        while (r.statusCode() == 200 && System.nanoTime() < deadline) {
            Thread.sleep(20);
            r = get("/health", TOKEN);
        }
        assertEquals(503, r.statusCode());
        assertTrue(r.body().contains("qr OFFLINE"), r.body());
        appState.set("UNAVAILABLE");
        assertTrue(get("/health", TOKEN).body().contains("kiosk UNAVAILABLE"));
    }

    @Test
    void withoutTheRightTokenNothingIsRevealed() throws Exception {
        HttpResponse<String> none = get("/status", null);
        assertEquals(401, none.statusCode());
        assertTrue(none.headers().firstValue("WWW-Authenticate").isPresent());
        assertFalse(none.body().contains("ZZ-GX"));
        assertEquals(401, get("/status", TOKEN + "x").statusCode());
        assertEquals(401, get("/health", "wrong").statusCode());
    }

    @Test
    void itIsReadOnlyAndKnowsOnlyTwoPaths() throws Exception {
        HttpRequest post = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + endpoint.port() + "/status"))
                .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.ofString("restart")).build();
        assertEquals(405, http.send(post, HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(404, get("/status/../admin", TOKEN).statusCode());
        assertEquals(404, get("/statusx", TOKEN).statusCode());
    }

    @Test
    void noTokenMeansNoEndpoint() throws Exception {
        StatusEndpoint off = new StatusEndpoint(KioskSettings.of(Map.of("status.port", "0")).status(), () -> null);
        assertFalse(off.start());
        off.close();
    }

    @Test
    void twoHundredSlowClientsDoNotStopTheOperatorsRequest() throws Exception {
        // With com.sun.net.httpserver two half-sent requests stopped this endpoint answering.
        try (org.govkiosk.testing.SlowClients slow = org.govkiosk.testing.SlowClients.open(endpoint.port(), 200, "/health")) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = get("/health", TOKEN);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(200, r.statusCode());
            assertTrue(ms < 1000, "GET /health took " + ms + " ms beside 200 slow clients");
        }
    }

    @Test
    void theTokenComesFromTheEnvironmentOrAFileAndMustBeLong(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        org.govkiosk.config.KioskSettings none = org.govkiosk.config.KioskSettings.defaults();
        assertEquals(java.util.Optional.of(TOKEN), StatusEndpoint.token(none.status(), Map.of(StatusEndpoint.TOKEN_ENV, TOKEN)));
        java.nio.file.Path file = dir.resolve("status.token");
        java.nio.file.Files.writeString(file, TOKEN + "\n");
        org.govkiosk.config.KioskSettings fromFile = none.with(Map.of("status.tokenFile", file.toString()));
        assertEquals(java.util.Optional.of(TOKEN), StatusEndpoint.token(fromFile.status(), Map.of()));
        org.govkiosk.config.ConfigException shortOne = assertThrows(org.govkiosk.config.ConfigException.class,
                () -> StatusEndpoint.token(none.status(), Map.of(StatusEndpoint.TOKEN_ENV, "hunter2")));
        assertTrue(shortOne.getMessage().contains("at least 24"), shortOne.getMessage());
        assertTrue(shortOne.getMessage().contains(StatusEndpoint.TOKEN_ENV), shortOne.getMessage());
        assertThrows(org.govkiosk.config.ConfigException.class,
                () -> StatusEndpoint.token(none.with(Map.of("status.tokenFile", dir.resolve("missing").toString())).status(), Map.of()));
        assertEquals(java.util.Optional.empty(), StatusEndpoint.token(none.status(), Map.of()));
    }
}
