package org.govkiosk.kiosk.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.govkiosk.admin.KioskStatus;
import org.govkiosk.config.KioskConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operator's window into one kiosk: {@code GET /status} (the {@link KioskStatus} JSON) and {@code GET /health}
 * (200 when nothing needs attention, 503 with the reasons otherwise, for monitoring systems). Every request needs
 * {@code Authorization: Bearer <status.token>}; with no token configured the endpoint does not start at all.
 * Bound to {@code status.bind}:{@code status.port}. Read-only: nothing here changes the kiosk.
 */
public final class StatusEndpoint implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(StatusEndpoint.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String bind;
    private final int port;
    private final Optional<String> token;
    private final Supplier<KioskStatus> status;
    private HttpServer server;
    private ExecutorService pool;

    public StatusEndpoint(KioskConfig config, Supplier<KioskStatus> status) {
        this.bind = config.string("status.bind");
        this.port = config.integer("status.port");
        this.token = config.optional("status.token");
        this.status = status;
    }

    /** @return false (and a log line saying why) when no token is configured */
    public synchronized boolean start() throws IOException {
        if (token.isEmpty()) {
            log.warn("status endpoint off: set status.token (and status.bind to the management network) to enable it");
            return false;
        }
        if (token.get().length() < 16) {
            log.warn("status.token is short ({} characters); use at least 32 random characters", token.get().length());
        }
        // Without TCP_NODELAY the JDK server's separate header and body writes meet delayed ACKs: ~45 ms per
        // request instead of ~3 ms (docs/performance.md). Read once per JVM, so it only helps if set first.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress(bind, port), 16);
        pool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "status-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(pool);
        server.createContext("/status", ex -> handle(ex, false));
        server.createContext("/health", ex -> handle(ex, true));
        server.start();
        log.info("status endpoint on http://{}:{}/status", bind, port());
        return true;
    }

    /** The bound port (useful with {@code status.port=0}). */
    public int port() {
        return server == null ? port : server.getAddress().getPort();
    }

    private void handle(HttpExchange ex, boolean health) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            if (!path.equals("/status") && !path.equals("/health")) {
                send(ex, 404, "{\"error\":\"not found\"}");
                return;
            }
            if (!authorised(ex.getRequestHeaders().getFirst("Authorization"))) {
                ex.getResponseHeaders().add("WWW-Authenticate", "Bearer realm=\"govkiosk\"");
                send(ex, 401, "{\"error\":\"bearer token required\"}");
                return;
            }
            if (!ex.getRequestMethod().equals("GET") && !ex.getRequestMethod().equals("HEAD")) {
                ex.getResponseHeaders().add("Allow", "GET, HEAD");
                send(ex, 405, "{\"error\":\"read-only\"}");
                return;
            }
            KioskStatus s;
            try {
                s = status.get();
            } catch (RuntimeException e) {
                log.warn("status snapshot failed: {}", e.toString());
                send(ex, 500, "{\"error\":\"status snapshot failed\"}");
                return;
            }
            if (health) {
                Map<String, Object> h = new LinkedHashMap<>();
                h.put("kioskId", s.kioskId());
                h.put("healthy", s.healthy());
                h.put("appState", s.appState());
                h.put("attention", s.attention());
                String body = JSON.writeValueAsString(h);
                send(ex, s.healthy() ? 200 : 503, body);
            } else {
                send(ex, 200, s.toJson());
            }
        }
    }

    private boolean authorised(String header) {
        if (header == null || !header.startsWith("Bearer ")) return false;
        byte[] given = header.substring("Bearer ".length()).trim().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, token.orElseThrow().getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange ex, int code, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(code, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public synchronized void close() {
        if (server != null) server.stop(0);
        if (pool != null) pool.shutdownNow();
        server = null;
        pool = null;
    }
}
