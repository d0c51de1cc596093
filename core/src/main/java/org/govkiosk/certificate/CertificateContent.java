package org.govkiosk.certificate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govkiosk.identity.Masking;
import org.govkiosk.records.CertificateGrant;
import org.govkiosk.records.CertificateView;
import org.govkiosk.records.RecordField;

/**
 * The canonical content of a certificate: what the department vouches for (serial, item, department, issue time,
 * the holder as it records her, the record snapshot), independent of layout. Its SHA-256 is printed in the QR,
 * bound into the CMS signature as a signed attribute and recorded by the department; its SM3 is what the SM2 seal
 * signs. The department computes it from its own copy of the grant and seals nothing else.
 */
public record CertificateContent(String serial, String itemCode, String departmentCode, Instant issuedAt, String holderName,
                                 String holderMaskedNumber, List<RecordField> fields, List<String> columns,
                                 List<List<String>> rows) {
    static final int VERSION = 2;
    private static final ObjectMapper JSON = new ObjectMapper();

    public CertificateContent {
        fields = List.copyOf(fields);
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }

    public static CertificateContent of(CertificateGrant g) {
        CertificateGrant.Holder h = g.holder() == null ? new CertificateGrant.Holder("", "") : g.holder();
        return new CertificateContent(g.serial(), g.itemCode(), g.departmentCode(), g.issuedAt(), h.name(), h.maskedNumber(),
                g.record().fields(), g.record().table().columnKeys(), g.record().table().rows());
    }

    /** Deterministic UTF-8 JSON: keys in a fixed order, record fields and rows in the order the department gave. */
    public byte[] canonical() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("v", VERSION);
        m.put("serial", serial);
        m.put("item", itemCode);
        m.put("department", departmentCode);
        m.put("issuedAt", issuedAt.toString());
        Map<String, String> holder = new LinkedHashMap<>();
        holder.put("name", holderName);
        holder.put("number", holderMaskedNumber);
        m.put("holder", holder);
        List<List<String>> f = new ArrayList<>();
        for (RecordField x : fields) f.add(List.of(x.key(), x.value()));
        m.put("fields", f);
        m.put("columns", columns);
        m.put("rows", rows);
        try {
            return JSON.writeValueAsString(m).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise certificate content", e);
        }
    }

    /**
     * Reads content back (from a PDF's metadata or the department's store). Only canonical bytes parse: anything
     * that would not serialise back to exactly the same bytes is refused, so there is one byte form per content.
     *
     * @throws IllegalArgumentException when the bytes are not canonical certificate content
     */
    public static CertificateContent parse(byte[] canonical) {
        try {
            JsonNode n = JSON.readTree(canonical);
            if (n == null || n.path("v").asInt() != VERSION) throw new IllegalArgumentException("not version " + VERSION + " content");
            List<RecordField> fields = new ArrayList<>();
            for (JsonNode f : n.path("fields")) fields.add(new RecordField(f.path(0).asText(), f.path(1).asText()));
            List<String> columns = new ArrayList<>();
            for (JsonNode c : n.path("columns")) columns.add(c.asText());
            List<List<String>> rows = new ArrayList<>();
            for (JsonNode r : n.path("rows")) {
                List<String> cells = new ArrayList<>();
                r.forEach(c -> cells.add(c.asText()));
                rows.add(cells);
            }
            CertificateContent c = new CertificateContent(n.path("serial").asText(), n.path("item").asText(),
                    n.path("department").asText(), Instant.parse(n.path("issuedAt").asText()),
                    n.path("holder").path("name").asText(), n.path("holder").path("number").asText(), fields, columns, rows);
            if (!java.util.Arrays.equals(c.canonical(), canonical)) throw new IllegalArgumentException("content is not in canonical form");
            return c;
        } catch (IOException | DateTimeParseException e) {
            throw new IllegalArgumentException("unreadable certificate content: " + e.getMessage(), e);
        }
    }

    /** What a checker is shown: the holder masked, everything else as recorded. */
    public CertificateView view() {
        return new CertificateView(serial, itemCode, departmentCode, issuedAt, Masking.name(holderName), holderMaskedNumber,
                fields, rows.size());
    }

    @Override
    public String toString() {
        return "CertificateContent[" + serial + " " + itemCode + "]";
    }
}
