package org.govkiosk.net;

import static org.junit.jupiter.api.Assertions.*;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.govkiosk.testing.SlowClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Real sockets on loopback against the real server. */
@Timeout(30)
class GuardedHttpServerTest {
    private GuardedHttpServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @BeforeEach
    void start() throws Exception {
        GuardedHttpServer.Limits limits = new GuardedHttpServer.Limits(512, 4, Duration.ofMillis(800), Duration.ofMillis(800),
                Duration.ofSeconds(30), 1024);
        server = GuardedHttpServer.start("test-http", "127.0.0.1", 0, null, limits, call -> {
            byte[] body = call.body();
            call.respond(200, "text/plain", (call.method() + " " + call.rawPath() + " " + body.length
                    + " corr=" + CorrelationIds.validOrNull(call.header("x-correlation-id"))).getBytes(StandardCharsets.UTF_8));
        });
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> post(String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/x"))
                .timeout(Duration.ofSeconds(5)).header("X-Correlation-Id", "s-1")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void twoHundredSlowClientsDoNotDelayANormalRequest() throws Exception {
        // With com.sun.net.httpserver 32 of these stopped the records service answering anyone.
        try (SlowClients slow = SlowClients.open(server.port(), 200, "/x")) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = post("{}");
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(200, r.statusCode());
            assertEquals("POST /x 2 corr=s-1", r.body());
            assertTrue(ms < 1000, "a normal request took " + ms + " ms beside 200 slow clients");
        }
    }

    @Test
    void halfSentRequestsAreClosedAfterTheDeadline() throws Exception {
        try (SlowClients slow = SlowClients.open(server.port(), 20, "/x")) {
            // Header deadline and body deadline are 800 ms; 10 s is the bound, not the expectation.
            assertEquals(20, slow.closedByServer(10_000));
        }
    }

    @Test
    void aSlowBodyIsAnswered408AndAnOversizedOne413() throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write("POST /x HTTP/1.1\r\nHost: a\r\nContent-Length: 100\r\n\r\n{".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
            assertTrue(answer.startsWith("HTTP/1.1 408"), answer);
        }
        assertEquals(413, post("x".repeat(5000)).statusCode());
    }

    @Test
    void correlationIdsWithUnsafeCharactersAreDropped() {
        assertEquals("kiosk-0d3c2b1a", CorrelationIds.validOrNull("kiosk-0d3c2b1a"));
        assertNull(CorrelationIds.validOrNull("a\r\nINFO forged log line"));
        assertNull(CorrelationIds.validOrNull("<script>"));
        assertNull(CorrelationIds.validOrNull("x".repeat(65)));
        assertNull(CorrelationIds.validOrNull(""));
    }

    @Test
    void theServerSaysNothingAboutItself() throws Exception {
        HttpResponse<String> r = post("");
        assertTrue(r.headers().firstValue("Server").isEmpty());
    }

    static String readAll(InputStream in) throws Exception {
        return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    }
}
