package org.govkiosk.desktop.records;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.govkiosk.records.http.RequestSigning;

/** Hand-made requests, signed like a kiosk's, for what the real client never sends. */
final class SignedCalls {
    static final String KIOSK = "ZZ-GX-0001";
    static final byte[] SECRET = "demo-secret-change-me".getBytes(StandardCharsets.UTF_8);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final URI base;

    SignedCalls(URI base) {
        this.base = base;
    }

    HttpResponse<String> send(String method, String path, String body, Map<String, String> headers) throws Exception {
        return send(method, path, body, headers, String.valueOf(Instant.now().getEpochSecond()));
    }

    HttpResponse<String> send(String method, String path, String body, Map<String, String> headers, String timestamp) throws Exception {
        byte[] b = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        String nonce = UUID.randomUUID().toString().replace("-", "");
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(5))
                .method(method, b.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(b))
                .header(RequestSigning.KIOSK, KIOSK).header(RequestSigning.TIMESTAMP, timestamp).header(RequestSigning.NONCE, nonce)
                .header(RequestSigning.SIGNATURE, RequestSigning.sign(SECRET, RequestSigning.canonical(method, path, timestamp, nonce, b)));
        headers.forEach(r::header);
        return http.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> identify(String json) throws Exception {
        return send("POST", "/v1/identify", json, Map.of("Content-Type", "application/json"));
    }

    /** What the government app does on the citizen's phone. */
    HttpResponse<String> appCode(String number, String appKey) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + "/v1/app-codes")).timeout(Duration.ofSeconds(5))
                .POST(HttpRequest.BodyPublishers.ofString("{\"documentNumber\":\"" + number + "\"}"));
        if (appKey != null) r.header(RecordsApi.APP_KEY, appKey);
        return http.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }
}
