package org.govkiosk.fleet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * One operator command, as signed: who it is for, when it was issued, what to do. The id is random and
 * single-use (the kiosk refuses it a second time); {@code kiosk} binds it to one kiosk so a command captured on
 * one kiosk's topic cannot be replayed to another.
 */
public record FleetCommand(String id, String kiosk, Instant issuedAt, Action action, Map<String, String> args) {
    static final ObjectMapper JSON = new ObjectMapper();

    public enum Action {
        OUT_OF_SERVICE("out-of-service", "reason"),
        IN_SERVICE("in-service"),
        MAINTENANCE("maintenance"),
        DISABLE_ITEM("disable-item", "item"),
        ENABLE_ITEM("enable-item", "item"),
        NOTICE("notice", "text"),
        SELF_TEST("self-test"),
        RELOAD_CONFIG("reload-config"),
        RESTART("restart");

        public final String wire;
        final String requiredArg;

        Action(String wire, String... required) {
            this.wire = wire;
            this.requiredArg = required.length == 0 ? null : required[0];
        }

        public static Action fromWire(String s) {
            for (Action a : values()) if (a.wire.equals(s)) return a;
            throw new IllegalArgumentException("unknown action '" + s + "' (known: "
                    + String.join(", ", Arrays.stream(values()).map(a -> a.wire).toList()) + ")");
        }

        /** The argument this action needs ({@code reason}, {@code item}, {@code text}), or null. */
        public String requiredArg() { return requiredArg; }
    }

    public FleetCommand {
        args = Map.copyOf(args);
        if (action.requiredArg != null && !args.containsKey(action.requiredArg)) {
            throw new IllegalArgumentException(action.wire + " needs " + action.requiredArg + "=...");
        }
    }

    public static FleetCommand create(String kiosk, Action action, Map<String, String> args, Instant now) {
        return new FleetCommand(UUID.randomUUID().toString(), kiosk, now, action, args);
    }

    public String arg(String name) { return args.get(name); }

    /** The exact bytes that are signed. */
    public String toBody() {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", id).put("kiosk", kiosk).put("issuedAt", issuedAt.toString()).put("action", action.wire);
        ObjectNode a = n.putObject("args");
        new TreeMap<>(args).forEach(a::put);
        return n.toString();
    }

    public static FleetCommand parseBody(String body) {
        try {
            JsonNode n = JSON.readTree(body);
            Map<String, String> args = new TreeMap<>();
            JsonNode a = n.path("args");
            a.fieldNames().forEachRemaining(k -> args.put(k, a.get(k).asText()));
            return new FleetCommand(text(n, "id"), text(n, "kiosk"), Instant.parse(text(n, "issuedAt")),
                    Action.fromWire(text(n, "action")), args);
        } catch (JsonProcessingException | DateTimeParseException e) {
            throw new IllegalArgumentException("not a command: " + e.getMessage());
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual() || v.asText().isEmpty()) throw new IllegalArgumentException("missing '" + field + "'");
        return v.asText();
    }

    @Override
    public String toString() {
        return action.wire + " " + args + " (id " + id + ", issued " + issuedAt + ")";
    }
}
