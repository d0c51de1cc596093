package org.govkiosk.desktop.records;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import org.govkiosk.records.GatewayResult;
import org.govkiosk.records.ServiceHealth;
import org.govkiosk.records.http.HttpRecordsGateway;
import org.govkiosk.testing.SlowClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The embedded records service against clients that misbehave on purpose, over real loopback sockets. */
@Timeout(60)
class HostileClientsTest {
    private static EmbeddedRecordsService service;
    private static HttpRecordsGateway gateway;

    @BeforeAll
    static void start() throws Exception {
        service = EmbeddedRecordsService.start(ServiceFixture.serviceConfig(), new TestSealAuthority(), 0);
        gateway = ServiceFixture.client(service);
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void twoHundredSlowClientsDoNotStopTheServiceAnsweringAKiosk() throws Exception {
        // With com.sun.net.httpserver 32 half-sent requests stopped it answering anyone, /v1/health included.
        try (SlowClients slow = SlowClients.open(service.url().getPort(), 200, "/v1/identify")) {
            long t0 = System.nanoTime();
            GatewayResult<ServiceHealth> h = gateway.health();
            long ms = Duration.ofNanos(System.nanoTime() - t0).toMillis();
            assertTrue(h.isOk(), h.toString());
            assertTrue(ms < 1000, "GET /v1/health took " + ms + " ms beside 200 slow clients");
        }
    }
}
