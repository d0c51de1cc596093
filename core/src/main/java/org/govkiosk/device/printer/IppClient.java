package org.govkiosk.device.printer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The few IPP/1.1 operations (RFC 8011) we need to follow print jobs through CUPS: printer attributes, job list,
 * job attributes and cancel. {@code javax.print} submits jobs but cannot tell whether they printed, and the CUPS
 * command-line tools do not show job states precisely; IPP does.
 */
final class IppClient {
    static final int GET_PRINTER_ATTRIBUTES = 0x000B;
    static final int GET_JOBS = 0x000A;
    static final int GET_JOB_ATTRIBUTES = 0x0009;
    static final int CANCEL_JOB = 0x0008;

    private static final int TAG_OPERATION = 0x01;
    private static final int TAG_END = 0x03;
    private static final int TAG_INTEGER = 0x21;
    private static final int TAG_BOOLEAN = 0x22;
    private static final int TAG_ENUM = 0x23;
    private static final int TAG_NAME = 0x42;
    private static final int TAG_KEYWORD = 0x44;
    private static final int TAG_URI = 0x45;
    private static final int TAG_CHARSET = 0x47;
    private static final int TAG_LANGUAGE = 0x48;

    /** One attribute group of a response (a job, the printer, the operation). */
    record Group(int tag, Map<String, List<Object>> attributes) {
        Object first(String name) {
            List<Object> v = attributes.get(name);
            return v == null || v.isEmpty() ? null : v.get(0);
        }

        int integer(String name, int fallback) {
            return first(name) instanceof Integer i ? i : fallback;
        }

        String text(String name) {
            Object v = first(name);
            return v == null ? "" : v.toString();
        }

        List<String> texts(String name) {
            return attributes.getOrDefault(name, List.of()).stream().map(Object::toString).toList();
        }
    }

    record Response(int status, List<Group> groups) {
        boolean ok() { return status < 0x0100; }

        List<Group> groups(int tag) { return groups.stream().filter(g -> g.tag() == tag).toList(); }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String server;
    private final String user = System.getProperty("user.name", "kiosk");
    private int requestId = 1;

    /** @param server host:port of the CUPS scheduler */
    IppClient(String server) {
        this.server = server;
    }

    String printerUri(String queue) {
        return "ipp://" + server + "/printers/" + queue;
    }

    Response printerAttributes(String queue) throws IOException {
        return call(queue, GET_PRINTER_ATTRIBUTES, b -> b.keywords("requested-attributes",
                "printer-state", "printer-state-reasons", "printer-is-accepting-jobs", "printer-state-message"));
    }

    Response jobs(String queue, String which) throws IOException {
        return call(queue, GET_JOBS, b -> {
            b.keyword("which-jobs", which);
            b.keywords("requested-attributes", "job-id", "job-name", "job-state", "job-state-reasons");
        });
    }

    Response jobAttributes(String queue, int jobId) throws IOException {
        return call(queue, GET_JOB_ATTRIBUTES, b -> {
            b.integer("job-id", jobId);
            b.keywords("requested-attributes", "job-id", "job-name", "job-state", "job-state-reasons");
        });
    }

    Response cancel(String queue, int jobId) throws IOException {
        return call(queue, CANCEL_JOB, b -> b.integer("job-id", jobId));
    }

    private interface Body {
        void add(Encoder e);
    }

    private synchronized Response call(String queue, int op, Body body) throws IOException {
        Encoder e = new Encoder(op, requestId++);
        e.attr(TAG_CHARSET, "attributes-charset", "utf-8");
        e.attr(TAG_LANGUAGE, "attributes-natural-language", "en");
        e.attr(TAG_URI, "printer-uri", printerUri(queue));
        e.attr(TAG_NAME, "requesting-user-name", user);
        body.add(e);
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://" + server + "/printers/" + queue))
                .timeout(Duration.ofSeconds(5)).header("Content-Type", "application/ipp")
                .POST(HttpRequest.BodyPublishers.ofByteArray(e.finish())).build();
        try {
            HttpResponse<byte[]> resp = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
            if (resp.statusCode() != 200) throw new IOException("CUPS answered HTTP " + resp.statusCode() + " for " + queue);
            return parse(resp.body());
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while talking to CUPS", ie);
        }
    }

    static Response parse(byte[] body) throws IOException {
        try {
            ByteBuffer b = ByteBuffer.wrap(body);
            b.getShort(); // version
            int status = b.getShort() & 0xFFFF;
            b.getInt(); // request id
            List<Group> groups = new ArrayList<>();
            Group current = null;
            String lastName = null;
            while (b.hasRemaining()) {
                int tag = b.get() & 0xFF;
                if (tag == TAG_END) break;
                if (tag < 0x10) {
                    current = new Group(tag, new LinkedHashMap<>());
                    groups.add(current);
                    continue;
                }
                String name = new String(bytes(b, b.getShort() & 0xFFFF), StandardCharsets.UTF_8);
                byte[] value = bytes(b, b.getShort() & 0xFFFF);
                if (name.isEmpty()) name = lastName;
                lastName = name;
                if (current == null || name == null) throw new IOException("IPP attribute outside a group");
                Object v = switch (tag) {
                    case TAG_INTEGER, TAG_ENUM -> value.length == 4 ? ByteBuffer.wrap(value).getInt() : 0;
                    case TAG_BOOLEAN -> value.length == 1 && value[0] != 0;
                    default -> new String(value, StandardCharsets.UTF_8);
                };
                current.attributes().computeIfAbsent(name, k -> new ArrayList<>()).add(v);
            }
            return new Response(status, groups);
        } catch (RuntimeException e) {
            throw new IOException("malformed IPP response: " + e, e);
        }
    }

    private static byte[] bytes(ByteBuffer b, int n) {
        byte[] out = new byte[n];
        b.get(out);
        return out;
    }

    private static final class Encoder {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Encoder(int op, int id) {
            out.write(2);
            out.write(0);
            short16(op);
            out.write(id >>> 24);
            out.write(id >>> 16);
            out.write(id >>> 8);
            out.write(id);
            out.write(TAG_OPERATION);
        }

        void attr(int tag, String name, String value) { raw(tag, name, value.getBytes(StandardCharsets.UTF_8)); }

        void keyword(String name, String value) { attr(TAG_KEYWORD, name, value); }

        void keywords(String name, String... values) {
            for (int i = 0; i < values.length; i++) attr(TAG_KEYWORD, i == 0 ? name : "", values[i]);
        }

        void integer(String name, int v) {
            raw(TAG_INTEGER, name, new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v});
        }

        private void raw(int tag, String name, byte[] value) {
            byte[] n = name.getBytes(StandardCharsets.UTF_8);
            out.write(tag);
            short16(n.length);
            out.write(n, 0, n.length);
            short16(value.length);
            out.write(value, 0, value.length);
        }

        private void short16(int v) {
            out.write(v >>> 8);
            out.write(v);
        }

        byte[] finish() {
            out.write(TAG_END);
            return out.toByteArray();
        }
    }
}
