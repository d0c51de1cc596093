package org.govkiosk.testing;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP/1.1 server on loopback that plays queued answers and records every request, in the manner of
 * OkHttp's MockWebServer: tests of an HTTP client see real sockets, real framing and real misbehaviour (slow
 * headers, a body dripping forever, a body cut short, a connection dropped) instead of a mocked client.
 * Each request takes the next queued {@link Answer}; with the queue empty it answers 500 "nothing scripted", so a
 * client that asks more often than the test expects fails visibly.
 */
public final class ScriptedHttpServer implements AutoCloseable {
    /** What to do with the next request. Build with {@link #status(int)} and the {@code with...} methods. */
    public record Answer(int status, Map<String, String> headers, byte[] body, Duration headersDelay, Duration chunkDelay,
                         int chunkBytes, Behaviour behaviour, long declaredLength) {
        public Answer withHeader(String name, String value) {
            Map<String, String> h = new LinkedHashMap<>(headers);
            h.put(name, value);
            return new Answer(status, Collections.unmodifiableMap(h), body, headersDelay, chunkDelay, chunkBytes, behaviour, declaredLength);
        }

        public Answer withBody(String text) {
            return withBody(text.getBytes(StandardCharsets.UTF_8));
        }

        public Answer withBody(byte[] bytes) {
            return new Answer(status, headers, bytes, headersDelay, chunkDelay, chunkBytes, behaviour, declaredLength);
        }

        public Answer withJson(String json) {
            return withHeader("Content-Type", "application/json; charset=utf-8").withBody(json);
        }

        /** Nothing at all (not even the status line) until {@code d} has passed. */
        public Answer withHeadersDelay(Duration d) {
            return new Answer(status, headers, body, d, chunkDelay, chunkBytes, behaviour, declaredLength);
        }

        /** The body in pieces of {@code bytes}, one every {@code every}. */
        public Answer throttled(int bytes, Duration every) {
            return new Answer(status, headers, body, headersDelay, every, bytes, behaviour, declaredLength);
        }

        /** Declares {@code declared} bytes, sends the body (shorter), then closes the connection. */
        public Answer truncatedAt(long declared) {
            return new Answer(status, headers, body, headersDelay, chunkDelay, chunkBytes, Behaviour.TRUNCATE, declared);
        }

        /** Declares a length but never sends the body's bytes: the headers arrive, the body never does. */
        public Answer withContentLengthOnly(long declared) {
            return new Answer(status, headers, new byte[0], headersDelay, chunkDelay, chunkBytes, Behaviour.DECLARE_ONLY, declared);
        }
    }

    public enum Behaviour {
        /** A complete answer with Content-Length. */
        NORMAL,
        /** Content-Length larger than what is sent, then the connection closes. */
        TRUNCATE,
        /** A chunked body that repeats {@code body} forever (until the client goes away or the server closes). */
        ENDLESS,
        /** Headers with a Content-Length, then silence until the server closes. */
        DECLARE_ONLY,
        /** Reads the request, then closes the connection without a word. */
        DISCONNECT,
        /** Reads the request, then answers with bytes that are not HTTP. */
        NOT_HTTP
    }

    /** One request as it arrived on the wire. Header names are lower case. */
    public record RecordedRequest(String method, String path, Map<String, String> headers, byte[] body, int sequence) {
        public String header(String name) { return headers.get(name.toLowerCase(Locale.ROOT)); }
        public String bodyText() { return new String(body, StandardCharsets.UTF_8); }
    }

    public static Answer status(int status) {
        return new Answer(status, Map.of(), new byte[0], Duration.ZERO, Duration.ZERO, 0, Behaviour.NORMAL, -1);
    }

    public static Answer json(int status, String json) {
        return status(status).withJson(json);
    }

    public static Answer endless(String piece, Duration every) {
        Answer a = status(200).withHeader("Content-Type", "application/json").withBody(piece);
        return new Answer(a.status(), a.headers(), a.body(), Duration.ZERO, every, 0, Behaviour.ENDLESS, -1);
    }

    public static Answer behaviour(Behaviour b) {
        return new Answer(200, Map.of(), new byte[0], Duration.ZERO, Duration.ZERO, 0, b, -1);
    }

    private final ServerSocket server;
    private final BlockingQueue<Answer> script = new LinkedBlockingQueue<>();
    private final BlockingQueue<RecordedRequest> requests = new LinkedBlockingQueue<>();
    private final AtomicInteger count = new AtomicInteger();
    private final ConcurrentLinkedQueue<Socket> open = new ConcurrentLinkedQueue<>();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Thread acceptor;

    public ScriptedHttpServer() throws IOException {
        server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        acceptor = new Thread(this::acceptLoop, "scripted-http-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** {@code http://127.0.0.1:PORT} */
    public String url() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    public int port() { return server.getLocalPort(); }

    public ScriptedHttpServer enqueue(Answer... answers) {
        script.addAll(List.of(answers));
        return this;
    }

    /** Requests received so far. */
    public int requestCount() { return count.get(); }

    /** The next recorded request, waiting up to {@code timeout}; null if none came. */
    public RecordedRequest takeRequest(Duration timeout) throws InterruptedException {
        return requests.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Every request recorded and not yet taken. */
    public List<RecordedRequest> drainRequests() {
        List<RecordedRequest> l = new ArrayList<>();
        requests.drainTo(l);
        return l;
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                open.add(s);
                Thread t = new Thread(() -> serve(s), "scripted-http-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket s) {
        try (s) {
            InputStream in = new BufferedInputStream(s.getInputStream());
            OutputStream out = s.getOutputStream();
            // Keep-alive: one connection may carry several requests.
            while (true) {
                RecordedRequest req = read(in);
                if (req == null) return;
                requests.add(req);
                Answer a = script.poll();
                if (a == null) a = status(500).withBody("nothing scripted for request " + req.sequence());
                if (!answer(a, out)) return;
            }
        } catch (IOException e) {
            // the client went away (timeouts, size limits): expected in these tests
        } finally {
            open.remove(s);
        }
    }

    private RecordedRequest read(InputStream in) throws IOException {
        String requestLine = line(in);
        if (requestLine == null || requestLine.isEmpty()) return null;
        String[] parts = requestLine.split(" ");
        Map<String, String> headers = new LinkedHashMap<>();
        for (String h = line(in); h != null && !h.isEmpty(); h = line(in)) {
            int c = h.indexOf(':');
            if (c > 0) headers.put(h.substring(0, c).trim().toLowerCase(Locale.ROOT), h.substring(c + 1).trim());
        }
        byte[] body = new byte[0];
        String len = headers.get("content-length");
        if (len != null) body = in.readNBytes(Integer.parseInt(len));
        return new RecordedRequest(parts[0], parts.length > 1 ? parts[1] : "", Collections.unmodifiableMap(headers), body,
                count.incrementAndGet());
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') break;
            if (c != '\r') b.write(c);
        }
        if (c == -1 && b.size() == 0) return null;
        return b.toString(StandardCharsets.ISO_8859_1);
    }

    /** Writes one answer; false when the connection must close afterwards. */
    private boolean answer(Answer a, OutputStream out) throws IOException {
        if (pause(a.headersDelay())) return false;
        switch (a.behaviour()) {
            case DISCONNECT -> {
                return false;
            }
            case NOT_HTTP -> {
                out.write("SSH-2.0-OpenSSH_9.2\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                return false;
            }
            default -> { }
        }
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(a.status()).append(' ').append(reason(a.status())).append("\r\n");
        a.headers().forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
        boolean endless = a.behaviour() == Behaviour.ENDLESS;
        if (endless) head.append("Transfer-Encoding: chunked\r\n");
        else head.append("Content-Length: ").append(a.declaredLength() >= 0 ? a.declaredLength() : a.body().length).append("\r\n");
        head.append("\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        switch (a.behaviour()) {
            case ENDLESS -> {
                while (true) {
                    out.write((Integer.toHexString(a.body().length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(a.body());
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    if (pause(a.chunkDelay())) return false;
                }
            }
            case DECLARE_ONLY -> {
                try {
                    closed.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return false;
            }
            default -> {
                if (!body(a, out)) return false;
                return a.behaviour() == Behaviour.NORMAL;
            }
        }
    }

    private boolean body(Answer a, OutputStream out) throws IOException {
        byte[] b = a.body();
        int step = a.chunkBytes() > 0 ? a.chunkBytes() : Math.max(1, b.length);
        for (int at = 0; at < b.length; at += step) {
            out.write(b, at, Math.min(step, b.length - at));
            out.flush();
            if (at + step < b.length && pause(a.chunkDelay())) return false;
        }
        return true;
    }

    /** Waits {@code d}, or less when the server closes; true if it closed meanwhile. */
    private boolean pause(Duration d) {
        if (d.isZero()) return closed.getCount() == 0;
        try {
            return closed.await(d.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 404 -> "Not Found";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "Status";
        };
    }

    @Override
    public void close() throws IOException {
        closed.countDown();
        server.close();
        for (Socket s : open) {
            try {
                s.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }
}
