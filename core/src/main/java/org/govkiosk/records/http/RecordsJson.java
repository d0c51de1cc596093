package org.govkiosk.records.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.govkiosk.records.CertificateGrant;
import org.govkiosk.records.CertificateStatus;
import org.govkiosk.records.CertificateView;
import org.govkiosk.records.ItemRecord;
import org.govkiosk.records.RecordField;
import org.govkiosk.records.RecordTable;
import org.govkiosk.records.ServiceHealth;

/**
 * The wire shapes of docs/records-api.md, written and read by both the client and the embedded service so
 * the two cannot drift. Readers are strict: a missing or mistyped member is a {@link Malformed}.
 */
public final class RecordsJson {
    /**
     * Without Jackson's buffer recycling: recycled buffers stay with the worker thread after a call and held
     * the last identify request and records answer (her name, number, address) long after her session.
     */
    public static final ObjectMapper MAPPER = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
            .recyclerPool(com.fasterxml.jackson.core.util.JsonRecyclerPools.nonRecyclingPool()).build());

    /** The body broke the API contract. */
    public static final class Malformed extends RuntimeException {
        public Malformed(String message) { super(message); }
    }

    private RecordsJson() {}

    public static ObjectNode record(ItemRecord r) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("itemCode", r.itemCode());
        n.put("asOf", r.asOf().toString());
        ArrayNode fields = n.putArray("fields");
        r.fields().forEach(f -> fields.addObject().put("key", f.key()).put("value", f.value()));
        ObjectNode table = n.putObject("table");
        ArrayNode cols = table.putArray("columns");
        r.table().columnKeys().forEach(cols::add);
        ArrayNode rows = table.putArray("rows");
        r.table().rows().forEach(row -> {
            ArrayNode a = rows.addArray();
            row.forEach(a::add);
        });
        return n;
    }

    public static ItemRecord record(JsonNode n) {
        List<RecordField> fields = new ArrayList<>();
        for (JsonNode f : array(n, "fields")) fields.add(new RecordField(text(f, "key"), text(f, "value")));
        JsonNode t = object(n, "table");
        List<String> cols = new ArrayList<>();
        for (JsonNode c : array(t, "columns")) cols.add(c.asText());
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode row : array(t, "rows")) {
            if (!row.isArray() || row.size() != cols.size()) throw new Malformed("table row does not have " + cols.size() + " cells");
            List<String> cells = new ArrayList<>();
            row.forEach(c -> cells.add(c.asText()));
            rows.add(cells);
        }
        return new ItemRecord(text(n, "itemCode"), fields, new RecordTable(cols, rows), instant(n, "asOf"));
    }

    public static ObjectNode grant(CertificateGrant g) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("serial", g.serial()).put("itemCode", g.itemCode()).put("departmentCode", g.departmentCode())
                .put("issuedAt", g.issuedAt().toString()).put("sealPng", Base64.getEncoder().encodeToString(g.sealPng()))
                .put("verifyUrl", g.verifyUrl()).put("demo", g.demo());
        n.putObject("holder").put("name", g.holder().name()).put("maskedNumber", g.holder().maskedNumber());
        n.set("record", record(g.record()));
        return n;
    }

    public static CertificateGrant grant(JsonNode n) {
        byte[] seal;
        try {
            seal = Base64.getDecoder().decode(text(n, "sealPng"));
        } catch (IllegalArgumentException e) {
            throw new Malformed("sealPng is not base64");
        }
        if (!n.path("demo").isBoolean()) throw new Malformed("missing boolean 'demo'");
        JsonNode holder = object(n, "holder");
        return new CertificateGrant(text(n, "serial"), text(n, "itemCode"), text(n, "departmentCode"),
                instant(n, "issuedAt"), new CertificateGrant.Holder(text(holder, "name"), text(holder, "maskedNumber")),
                record(object(n, "record")), seal, text(n, "verifyUrl"), n.get("demo").asBoolean());
    }

    public static ObjectNode status(CertificateStatus s) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("serial", s.serial()).put("state", s.state().name());
        if (s.contentDigestHex() != null) n.put("contentDigest", s.contentDigestHex());
        if (s.itemCode() != null) n.put("itemCode", s.itemCode());
        if (s.view() != null) {
            CertificateView v = s.view();
            ObjectNode w = n.putObject("view");
            w.put("serial", v.serial()).put("itemCode", v.itemCode()).put("departmentCode", v.departmentCode())
                    .put("issuedAt", v.issuedAt().toString()).put("maskedName", v.maskedName()).put("maskedNumber", v.maskedNumber())
                    .put("tableRows", v.tableRows());
            com.fasterxml.jackson.databind.node.ArrayNode figures = w.putArray("figures");
            for (RecordField f : v.figures()) figures.addObject().put("key", f.key()).put("value", f.value());
        }
        return n;
    }

    private static CertificateView view(JsonNode w) {
        List<RecordField> figures = new ArrayList<>();
        for (JsonNode f : array(w, "figures")) figures.add(new RecordField(text(f, "key"), text(f, "value")));
        return new CertificateView(text(w, "serial"), text(w, "itemCode"), text(w, "departmentCode"), instant(w, "issuedAt"),
                text(w, "maskedName"), text(w, "maskedNumber"), figures, w.path("tableRows").asInt());
    }

    public static CertificateStatus status(JsonNode n) {
        CertificateStatus.State state;
        try {
            state = CertificateStatus.State.valueOf(text(n, "state"));
        } catch (IllegalArgumentException e) {
            throw new Malformed("unknown certificate state " + n.get("state"));
        }
        return new CertificateStatus(text(n, "serial"), state, optText(n, "contentDigest"), optText(n, "itemCode"),
                n.has("view") ? view(object(n, "view")) : null);
    }

    public static ObjectNode health(ServiceHealth h) {
        return MAPPER.createObjectNode().put("up", h.up()).put("version", h.version()).put("detail", h.detail());
    }

    public static ServiceHealth health(JsonNode n) {
        if (!n.path("up").isBoolean()) throw new Malformed("missing boolean 'up'");
        return new ServiceHealth(n.get("up").asBoolean(), text(n, "version"), n.path("detail").asText(""));
    }

    public static ObjectNode error(String code, String message) {
        return MAPPER.createObjectNode().put("error", code).put("message", message);
    }

    public static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        if (v == null || !v.isValueNode() || v.isNull()) throw new Malformed("missing text '" + field + "'");
        return v.asText();
    }

    static String optText(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    static JsonNode array(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        if (v == null || !v.isArray()) throw new Malformed("missing array '" + field + "'");
        return v;
    }

    static JsonNode object(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        if (v == null || !v.isObject()) throw new Malformed("missing object '" + field + "'");
        return v;
    }

    static Instant instant(JsonNode n, String field) {
        try {
            return Instant.parse(text(n, field));
        } catch (DateTimeParseException e) {
            throw new Malformed("'" + field + "' is not an ISO-8601 instant");
        }
    }
}
