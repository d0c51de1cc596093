package org.govkiosk.records.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One HTTP call as the interceptors see it. Immutable: an interceptor that adds a header makes a copy.
 *
 * @param path       path and query, e.g. {@code /v1/records/GJJ-002}
 * @param idempotent whether repeating it cannot change anything on the server (retry may repeat only these)
 * @param operation  a short name for logs and metrics ({@code fetchRecord}); never personal data
 */
public record WireRequest(String method, String path, Map<String, String> headers, byte[] body, boolean idempotent,
                          String operation) {
    public WireRequest {
        headers = Map.copyOf(headers);
        body = body == null ? new byte[0] : body;
    }

    public static WireRequest get(String operation, String path) {
        return new WireRequest("GET", path, Map.of(), null, true, operation);
    }

    public static WireRequest post(String operation, String path, byte[] body, boolean idempotent) {
        return new WireRequest("POST", path, Map.of("Content-Type", "application/json"), body, idempotent, operation);
    }

    public WireRequest withHeader(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put(name, value);
        return new WireRequest(method, path, h, body, idempotent, operation);
    }

    public String header(String name) {
        return headers.get(name);
    }
}
