package org.govkiosk.certificate;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the verification QR on a certificate says: the verification address with the serial and the content
 * digest as query parameters, e.g. {@code https://zwfw.example.gov.cn/verify?s=ZZ-2026-000123&d=3f2a...}.
 * No national standard fixes this payload (protocols.md section 5); serial + hash + URL is common practice.
 */
public record VerificationCode(String baseUrl, String serial, String digestHex) {
    public String payload() {
        return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "s=" + URLEncoder.encode(serial, StandardCharsets.UTF_8)
                + "&d=" + digestHex;
    }

    /** Parses a scanned payload; empty when it is not one of ours (any other QR, garbage). */
    public static Optional<VerificationCode> parse(String payload) {
        if (payload == null) return Optional.empty();
        String p = payload.trim();
        int q = p.indexOf('?');
        if (q <= 0) return Optional.empty();
        Map<String, String> params = new HashMap<>();
        for (String pair : p.substring(q + 1).split("&")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) continue;
            try {
                params.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        String serial = params.get("s");
        String digest = params.get("d");
        if (serial == null || serial.isBlank() || digest == null || !digest.matches("[0-9a-f]{64}")) return Optional.empty();
        return Optional.of(new VerificationCode(p.substring(0, q), serial, digest));
    }
}
