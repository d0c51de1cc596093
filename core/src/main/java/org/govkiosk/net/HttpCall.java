package org.govkiosk.net;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * One request and its answer, for handlers that block: the body is read whole (within the server's body
 * deadline and size limit), the answer is written whole with {@link #respond}, or streamed with {@link #stream}.
 */
public final class HttpCall {
    /** The body came too slowly or was too large; answered 408 or 413 by the server before any handler runs. */
    public static final class BodyRefused extends IOException {
        final int status;

        public BodyRefused(int status, String message) {
            super(message);
            this.status = status;
        }

        /** 408 or 413. */
        public int status() { return status; }

        /** TOO_SLOW or TOO_LARGE. */
        public String code() { return status == 413 ? "TOO_LARGE" : "TOO_SLOW"; }
    }

    private final Request request;
    private final Response response;
    private final byte[] body;
    private boolean answered;
    private OutputStream stream;
    private boolean abort;

    HttpCall(Request request, Response response, byte[] body) {
        this.request = request;
        this.response = response;
        this.body = body;
    }

    public String method() { return request.getMethod(); }

    /** The path as sent (still percent-encoded). */
    public String rawPath() { return request.getHttpURI().getPath(); }

    /** The query as sent, or null. */
    public String rawQuery() { return request.getHttpURI().getQuery(); }

    /** The first value of a header, any spelling of its name; null when absent. */
    public String header(String name) { return request.getHeaders().get(name); }

    /** Every request header (first value of each), for signature checks. */
    public java.util.Map<String, String> headers() {
        java.util.Map<String, String> m = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (HttpField f : request.getHeaders()) m.putIfAbsent(f.getName(), f.getValue());
        return m;
    }

    /** The whole body (already received within the server's body deadline and size limit). */
    public byte[] body() {
        return body;
    }

    public void setHeader(String name, String value) {
        response.getHeaders().put(name, value);
    }

    /** Sends the whole answer. */
    public void respond(int status, String contentType, byte[] bytes) throws IOException {
        response.setStatus(status);
        if (contentType != null) response.getHeaders().put("Content-Type", contentType);
        boolean head = method().equals("HEAD");
        response.getHeaders().put("Content-Length", String.valueOf(bytes.length));
        try (OutputStream out = Content.Sink.asOutputStream(response)) {
            if (!head) out.write(bytes);
        }
        answered = true;
    }

    public void respond(int status, String contentType, String text) throws IOException {
        respond(status, contentType, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Starts an answer written piece by piece (test faults: endless or cut bodies).
     *
     * @param contentLength the declared length, or -1 for chunked
     */
    public OutputStream stream(int status, String contentType, long contentLength) {
        response.setStatus(status);
        response.getHeaders().put("Content-Type", contentType);
        if (contentLength >= 0) response.getHeaders().put("Content-Length", String.valueOf(contentLength));
        stream = Content.Sink.asOutputStream(response);
        answered = true;
        return stream;
    }

    /** Drops the connection after what was streamed so far (a cut answer). */
    public void abortConnection() {
        abort = true;
    }

    void finish(Callback callback) {
        if (abort) {
            callback.failed(new IOException("answer cut on purpose"));
            return;
        }
        try {
            if (stream != null) stream.close();
            if (!answered) respond(204, null, new byte[0]);
            callback.succeeded();
        } catch (IOException | RuntimeException e) {
            callback.failed(e);
        }
    }

    void refuse(BodyRefused e, Callback callback) {
        try {
            response.getHeaders().put("Connection", "close");
            byte[] b = ("{\"error\":\"" + e.code() + "\",\"message\":\"" + e.getMessage() + "\"}").getBytes(StandardCharsets.UTF_8);
            respond(e.status, "application/json; charset=utf-8", b);
            callback.succeeded();
        } catch (IOException | RuntimeException x) {
            callback.failed(x);
        }
    }

    /** For logs: never the body. */
    @Override
    public String toString() {
        return method() + " " + rawPath();
    }

}
