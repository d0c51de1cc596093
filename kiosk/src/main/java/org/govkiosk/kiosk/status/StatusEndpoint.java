package org.govkiosk.kiosk.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.govkiosk.admin.KioskStatus;
import org.govkiosk.config.ConfigException;
import org.govkiosk.config.StatusConfig;
import org.govkiosk.net.GuardedHttpServer;
import org.govkiosk.net.HttpCall;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operator's window into one kiosk: {@code GET /status} (the {@link KioskStatus} JSON) and {@code GET /health}
 * (200 when nothing needs attention, 503 with the reasons otherwise, for monitoring systems). Every request needs
 * {@code Authorization: Bearer <token>}; the token comes from the environment ({@value #TOKEN_ENV}) or a file
 * ({@code status.tokenFile}), never the command line (visible in {@code ps}); with no token the endpoint does not
 * start, and a token shorter than {@value #MIN_TOKEN_LENGTH} characters is refused. Bound to
 * {@code status.bind}:{@code status.port}, served by {@link GuardedHttpServer} (read deadlines, connection
 * limit). Read-only: nothing here changes the kiosk.
 */
public final class StatusEndpoint implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(StatusEndpoint.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The environment variable that holds the operators' bearer token. */
    public static final String TOKEN_ENV = "GOVKIOSK_STATUS_TOKEN";
    /** About 128 bits of randomness in base64 or hex characters. */
    public static final int MIN_TOKEN_LENGTH = 24;

    private final String bind;
    private final int port;
    private final Optional<String> token;
    private final GuardedHttpServer.Limits limits;
    private final Supplier<KioskStatus> status;
    private GuardedHttpServer server;

    public StatusEndpoint(StatusConfig config, Supplier<KioskStatus> status) {
        this(config, System.getenv(), status);
    }

    /** @param env the process environment (tests pass their own) */
    public StatusEndpoint(StatusConfig config, Map<String, String> env, Supplier<KioskStatus> status) {
        this.bind = config.bind();
        this.port = config.port();
        this.token = token(config, env);
        this.limits = new GuardedHttpServer.Limits(config.maxConnections(), 4, config.headerDeadline(), config.headerDeadline(),
                config.idleTimeout(), 1024);
        this.status = status;
    }

    /**
     * The token from {@value #TOKEN_ENV}, else {@code status.token} in the site file, else the first line of
     * {@code status.tokenFile}.
     *
     * @throws ConfigException when the file cannot be read or the token is too short, naming what to set
     */
    public static Optional<String> token(StatusConfig config, Map<String, String> env) {
        String t = env.get(TOKEN_ENV);
        String source = TOKEN_ENV;
        if ((t == null || t.isBlank()) && config.token().isPresent()) {
            t = config.token().get();
            source = "status.token";
        }
        if (t == null || t.isBlank()) {
            Optional<Path> file = config.tokenFile();
            if (file.isEmpty()) return Optional.empty();
            source = "status.tokenFile " + file.get();
            try {
                t = Files.readAllLines(file.get(), StandardCharsets.UTF_8).stream().findFirst().orElse("");
            } catch (IOException e) {
                throw new ConfigException("cannot read the status token from " + source + ": " + e.getMessage(), e);
            }
        }
        t = t.trim();
        if (t.length() < MIN_TOKEN_LENGTH) {
            throw new ConfigException("the status token in " + source + " has " + t.length() + " characters; use at least "
                    + MIN_TOKEN_LENGTH + " random ones (e.g. openssl rand -hex 24)");
        }
        return Optional.of(t);
    }

    /** @return false (and a log line saying why) when no token is configured */
    public synchronized boolean start() throws IOException {
        if (token.isEmpty()) {
            log.warn("status endpoint off: set {} or status.tokenFile (and status.bind to the management network) to enable it", TOKEN_ENV);
            return false;
        }
        server = GuardedHttpServer.start("status-http", bind, port, null, limits, this::handle);
        log.info("status endpoint on http://{}:{}/status", bind, port());
        return true;
    }

    /** The bound port (useful with {@code status.port=0}). */
    public int port() {
        return server == null ? port : server.port();
    }

    private void handle(HttpCall ex) throws IOException {
        {
            String path = ex.rawPath();
            boolean health = path.equals("/health");
            if (!path.equals("/status") && !health) {
                send(ex, 404, "{\"error\":\"not found\"}");
                return;
            }
            if (!authorised(ex.header("Authorization"))) {
                ex.setHeader("WWW-Authenticate", "Bearer realm=\"govkiosk\"");
                send(ex, 401, "{\"error\":\"bearer token required\"}");
                return;
            }
            if (!ex.method().equals("GET") && !ex.method().equals("HEAD")) {
                ex.setHeader("Allow", "GET, HEAD");
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

    private static void send(HttpCall ex, int code, String body) throws IOException {
        ex.setHeader("Cache-Control", "no-store");
        ex.respond(code, "application/json; charset=utf-8", body);
    }

    @Override
    public synchronized void close() {
        if (server != null) server.close();
        server = null;
    }
}
