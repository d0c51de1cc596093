package org.govkiosk.desktop.sim;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.govkiosk.records.http.RecordsJson;

/**
 * The citizen's phone with the government app, logged in as her: asks the identity service (the embedded
 * records service) for a one-time app code to show at the kiosk's scanner. Simulated because no phone or
 * app can run here; the code and its redemption are the real thing.
 */
public final class SimulatedPhone {
    /** Made on first use: a JDK client's TLS set-up cost the desktop kiosk's cold start ~0.3 s. */
    private HttpClient http;
    private final URI service;
    private final String appKey;

    /** @param appKey what the app authenticates with ({@code records.service.appKey}) */
    public SimulatedPhone(URI service, String appKey) {
        this.service = service;
        this.appKey = appKey;
    }

    private synchronized HttpClient client() {
        if (http == null) http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        return http;
    }

    /** A fresh code for the citizen with this document number. */
    public String appCode(String documentNumber) {
        String body = RecordsJson.MAPPER.createObjectNode().put("documentNumber", documentNumber).toString();
        HttpRequest r = HttpRequest.newBuilder(URI.create(service + "/v1/app-codes")).timeout(Duration.ofSeconds(5))
                .header("X-GK-App-Key", appKey).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> resp = client().send(r, HttpResponse.BodyHandlers.ofString());
            if (resp.statusCode() != 201) {
                throw new IllegalStateException("the identity service gave the phone no app code: HTTP " + resp.statusCode());
            }
            JsonNode n = RecordsJson.MAPPER.readTree(resp.body());
            return n.get("code").asText();
        } catch (IOException e) {
            throw new IllegalStateException("the phone cannot reach the identity service: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the phone asked for an app code", e);
        }
    }
}
