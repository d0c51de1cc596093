package org.govkiosk.ui.screen;

import java.net.URI;

/**
 * Reads the serial and digest out of a certificate's QR content. Accepts the verification URL form
 * ({@code https://host/verify?serial=S&digest=D}); anything else is unreadable.
 */
record VerificationPayload(String serial, String digest) {
    static VerificationPayload parse(String payload) {
        if (payload == null) return null;
        try {
            URI u = URI.create(payload.trim());
            String q = u.getRawQuery();
            if (q == null) return null;
            String serial = null;
            String digest = "";
            for (String part : q.split("&")) {
                int eq = part.indexOf('=');
                if (eq < 0) continue;
                String k = part.substring(0, eq);
                String v = java.net.URLDecoder.decode(part.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8);
                if (k.equals("serial") || k.equals("s")) serial = v;
                if (k.equals("digest") || k.equals("d")) digest = v;
            }
            return serial == null || serial.isBlank() ? null : new VerificationPayload(serial, digest);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
