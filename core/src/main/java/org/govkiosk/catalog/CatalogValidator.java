package org.govkiosk.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Enforces {@code catalog/catalog.schema.json} plus the cross references a JSON schema cannot express
 * (an item's category, department and result fields must exist). Hand-written rather than a schema engine
 * so each message names the item code and field the operator has to fix.
 */
final class CatalogValidator {
    private static final Pattern ITEM_CODE = Pattern.compile("^[A-Z]{2,4}-[0-9]{3}$");
    private static final Pattern CODE = Pattern.compile("^[A-Za-z][A-Za-z0-9-]*$");
    private static final Pattern SOURCE = Pattern.compile("^[a-zA-Z]+(:[a-z]+)?$");
    private static final Set<String> ASSURANCES = Set.of("ID_CARD", "FACE", "EITHER", "BOTH");
    private static final Set<String> OUTPUTS = Set.of("SCREEN", "CERTIFICATE", "RECEIPT");
    private static final Set<String> ITEM_KEYS = Set.of("code", "name", "description", "category", "department",
            "assurance", "outputs", "source", "resultFields", "keywords", "enabled");

    private final List<String> problems = new ArrayList<>();

    static List<String> validate(JsonNode root) {
        CatalogValidator v = new CatalogValidator();
        v.check(root);
        return v.problems;
    }

    private void check(JsonNode root) {
        if (root == null || !root.isObject()) {
            problems.add("the file must hold one JSON object");
            return;
        }
        if (!root.path("version").isInt() || root.get("version").asInt() != 1) {
            problems.add("'version' must be 1");
        }
        Set<String> categories = codes(root, "categories", true);
        Set<String> departments = codes(root, "departments", false);
        Set<String> fields = new HashSet<>();
        JsonNode f = root.get("fields");
        if (f == null || !f.isObject()) {
            problems.add("'fields' must be an object of field key -> {zh, en}");
        } else {
            for (Iterator<String> it = f.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                fields.add(key);
                localized(f.get(key), "fields." + key);
            }
        }
        JsonNode items = root.get("items");
        if (items == null || !items.isArray() || items.isEmpty()) {
            problems.add("'items' must be a non-empty array");
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            item(items.get(i), i, seen, categories, departments, fields);
        }
    }

    private Set<String> codes(JsonNode root, String name, boolean icon) {
        Set<String> out = new HashSet<>();
        JsonNode arr = root.get(name);
        if (arr == null || !arr.isArray() || arr.isEmpty()) {
            problems.add("'" + name + "' must be a non-empty array");
            return out;
        }
        for (int i = 0; i < arr.size(); i++) {
            JsonNode n = arr.get(i);
            String where = name + "[" + i + "]";
            String code = n.path("code").asText("");
            if (!CODE.matcher(code).matches()) problems.add(where + ".code: '" + code + "' is not a valid code");
            else if (!out.add(code)) problems.add(where + ".code: '" + code + "' appears twice");
            localized(n.get("name"), where + " '" + code + "'.name");
            if (icon && !n.path("icon").isTextual()) problems.add(where + " '" + code + "'.icon: missing");
        }
        return out;
    }

    private void item(JsonNode n, int index, Set<String> seen, Set<String> categories, Set<String> departments,
                      Set<String> fields) {
        String code = n.path("code").asText("");
        String who = "item #" + (index + 1) + (code.isEmpty() ? "" : " '" + code + "'");
        if (!n.isObject()) {
            problems.add(who + ": must be an object");
            return;
        }
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!ITEM_KEYS.contains(k)) problems.add(who + ": unknown field '" + k + "' (typo?)");
        }
        if (!ITEM_CODE.matcher(code).matches()) {
            problems.add(who + " field 'code': must look like GJJ-001 (2-4 capitals, dash, 3 digits)");
        } else if (!seen.add(code)) {
            problems.add(who + " field 'code': used by another item; codes must be unique");
        }
        localized(n.get("name"), who + " field 'name'");
        localized(n.get("description"), who + " field 'description'");
        String cat = n.path("category").asText("");
        if (!categories.contains(cat)) problems.add(who + " field 'category': '" + cat + "' is not one of " + categories);
        String dept = n.path("department").asText("");
        if (!departments.contains(dept)) problems.add(who + " field 'department': '" + dept + "' is not one of " + departments);
        String assurance = n.path("assurance").asText("");
        if (!ASSURANCES.contains(assurance)) problems.add(who + " field 'assurance': '" + assurance + "' must be one of " + ASSURANCES);
        JsonNode outputs = n.get("outputs");
        if (outputs == null || !outputs.isArray() || outputs.isEmpty()) {
            problems.add(who + " field 'outputs': must list at least one of " + OUTPUTS);
        } else {
            Set<String> o = new HashSet<>();
            for (JsonNode x : outputs) {
                if (!OUTPUTS.contains(x.asText())) problems.add(who + " field 'outputs': '" + x.asText() + "' must be one of " + OUTPUTS);
                else if (!o.add(x.asText())) problems.add(who + " field 'outputs': '" + x.asText() + "' listed twice");
            }
        }
        String source = n.path("source").asText("");
        if (!SOURCE.matcher(source).matches()) problems.add(who + " field 'source': '" + source + "' is not a records source name");
        JsonNode rf = n.get("resultFields");
        if (rf == null || !rf.isArray() || rf.isEmpty()) {
            problems.add(who + " field 'resultFields': must list at least one field key");
        } else {
            for (JsonNode x : rf) {
                if (!fields.contains(x.asText())) problems.add(who + " field 'resultFields': '" + x.asText() + "' has no label in 'fields'");
            }
        }
        JsonNode kw = n.get("keywords");
        if (kw == null || !kw.isArray() || kw.isEmpty()) {
            problems.add(who + " field 'keywords': must list at least one search word");
        } else {
            for (JsonNode x : kw) if (!x.isTextual() || x.asText().isBlank()) problems.add(who + " field 'keywords': blank keyword");
        }
        JsonNode enabled = n.get("enabled");
        if (enabled != null && !enabled.isBoolean()) problems.add(who + " field 'enabled': must be true or false");
    }

    private void localized(JsonNode n, String where) {
        if (n == null || !n.isObject()) {
            problems.add(where + ": must be {\"zh\": ..., \"en\": ...}");
            return;
        }
        for (String lang : new String[] {"zh", "en"}) {
            if (!n.path(lang).isTextual() || n.get(lang).asText().isBlank()) problems.add(where + "." + lang + ": must not be empty");
        }
    }
}
