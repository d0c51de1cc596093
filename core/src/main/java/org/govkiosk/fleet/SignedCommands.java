package org.govkiosk.fleet;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.util.Base64;

/**
 * The wire form on {@code .../cmd}: {@code {"body":"<command JSON>","sig":"<base64 Ed25519 of body's UTF-8>"}}.
 * The body travels as a string so the kiosk verifies exactly the bytes the operator signed (no canonical-JSON
 * rules to get wrong).
 */
public final class SignedCommands {
    private SignedCommands() {}

    public static String sign(FleetCommand command, PrivateKey key) {
        String body = command.toBody();
        String sig = Base64.getEncoder().encodeToString(OperatorKeys.sign(key, body.getBytes(StandardCharsets.UTF_8)));
        return FleetCommand.JSON.createObjectNode().put("body", body).put("sig", sig).toString();
    }

    /** The envelope's parts; {@code sig} may be null (unsigned). */
    record Envelope(String body, byte[] sig) {
        static Envelope parse(byte[] payload) {
            JsonNode n;
            try {
                n = FleetCommand.JSON.readTree(payload);
            } catch (java.io.IOException e) {
                throw new IllegalArgumentException("not JSON");
            }
            JsonNode body = n.get("body");
            if (body == null || !body.isTextual()) throw new IllegalArgumentException("no body");
            JsonNode sig = n.get("sig");
            byte[] s = null;
            if (sig != null && sig.isTextual() && !sig.asText().isEmpty()) {
                try {
                    s = Base64.getDecoder().decode(sig.asText());
                } catch (IllegalArgumentException e) {
                    s = new byte[0];
                }
            }
            return new Envelope(body.asText(), s);
        }
    }
}
