package org.govkiosk.kiosk.fleet;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code kiosk.jar fleet --serve PORT}: the fleet table as a web page that updates itself. The page opens a
 * server-sent-event stream ({@code /api/stream}) and gets the whole table again after any change, at most
 * twice a second (500 kiosks are ~150 KB); {@code /api/kiosks} is the same JSON once. Read-only: commands are
 * sent with {@code fleet send} and the operator's key, never from a browser.
 */
public final class FleetWebPage implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_STREAMS = 32;

    private final FleetView view;
    private final Duration silentAfter;
    private final HttpServer server;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fleet-web");
        t.setDaemon(true);
        return t;
    });
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "fleet-web-push");
        t.setDaemon(true);
        return t;
    });
    private final List<OutputStream> streams = new CopyOnWriteArrayList<>();
    private final AtomicBoolean dirty = new AtomicBoolean(true);
    private final byte[] page;

    private FleetWebPage(FleetView view, String bind, int port, Duration silentAfter) throws IOException {
        this.view = view;
        this.silentAfter = silentAfter;
        try (InputStream in = FleetWebPage.class.getResourceAsStream("fleet.html")) {
            this.page = in.readAllBytes();
        }
        server = HttpServer.create(new InetSocketAddress(bind, port), 64);
        server.setExecutor(pool);
        server.createContext("/", this::index);
        server.createContext("/api/kiosks", ex -> send(ex, 200, "application/json", table().getBytes(StandardCharsets.UTF_8)));
        server.createContext("/api/stream", this::stream);
        view.onChange(() -> dirty.set(true));
        ticker.scheduleWithFixedDelay(this::push, 500, 500, TimeUnit.MILLISECONDS);
        // Comments keep idle streams open through proxies and reveal closed ones.
        ticker.scheduleWithFixedDelay(() -> write(": keep-alive\n\n"), 15, 15, TimeUnit.SECONDS);
        // "silent since" depends on the clock, not only on messages.
        ticker.scheduleWithFixedDelay(() -> dirty.set(true), 10, 10, TimeUnit.SECONDS);
        server.start();
    }

    public static FleetWebPage start(FleetView view, String bind, int port, Duration silentAfter) throws IOException {
        return new FleetWebPage(view, bind, port, silentAfter);
    }

    public int port() { return server.getAddress().getPort(); }

    String table() {
        Instant now = Instant.now();
        ObjectNode root = JSON.createObjectNode();
        root.put("at", now.toString()).put("brokerConnected", !view.connectionLost());
        ArrayNode rows = root.putArray("kiosks");
        for (FleetView.Row r : view.rows(silentAfter)) {
            ObjectNode n = rows.addObject();
            n.put("zone", r.zone()).put("kiosk", r.kiosk()).put("availability", r.availability());
            ArrayNode reasons = n.putArray("reasons");
            r.reasons().forEach(reasons::add);
            n.put("operatorReason", r.operatorReason()).put("receiptPaper", r.receiptPaper()).put("a4Paper", r.a4Paper())
                    .put("version", r.version()).put("lastSeen", r.lastSeen() == null ? null : r.lastSeen().toString())
                    .put("lastSeenText", FleetTable.lastSeen(r.lastSeen(), now));
            ArrayNode a = n.putArray("attention");
            r.attention(now, silentAfter).forEach(a::add);
        }
        return root.toString();
    }

    private void index(HttpExchange ex) throws IOException {
        if (!ex.getRequestURI().getPath().equals("/")) {
            send(ex, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
            return;
        }
        send(ex, 200, "text/html; charset=utf-8", page);
    }

    private void stream(HttpExchange ex) throws IOException {
        if (streams.size() >= MAX_STREAMS) {
            send(ex, 503, "text/plain", "too many viewers".getBytes(StandardCharsets.UTF_8));
            return;
        }
        ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        synchronized (out) {
            out.write(("data: " + table() + "\n\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
        streams.add(out);
        // The exchange stays open; push() writes to it until the browser goes away.
    }

    private void push() {
        if (!dirty.getAndSet(false) || streams.isEmpty()) return;
        write("data: " + table() + "\n\n");
    }

    private void write(String chunk) {
        byte[] b = chunk.getBytes(StandardCharsets.UTF_8);
        for (OutputStream out : streams) {
            try {
                synchronized (out) {
                    out.write(b);
                    out.flush();
                }
            } catch (IOException gone) {
                streams.remove(out);
                try {
                    out.close();
                } catch (IOException ignored) {
                    // already gone
                }
            }
        }
    }

    private static void send(HttpExchange ex, int code, String type, byte[] body) throws IOException {
        try (ex) {
            ex.getResponseHeaders().set("Content-Type", type);
            ex.getResponseHeaders().set("Cache-Control", "no-store");
            ex.getResponseHeaders().set("Content-Security-Policy", "default-src 'self'; style-src 'unsafe-inline'; script-src 'unsafe-inline'");
            ex.sendResponseHeaders(code, body.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(body);
            }
        }
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        streams.forEach(o -> {
            try {
                o.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        });
        server.stop(0);
        pool.shutdownNow();
    }
}
