package org.govkiosk.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.govkiosk.config.ConfigException;
import org.govkiosk.config.CatalogConfig;

/**
 * The catalog loaded from JSON ({@code catalog/catalog.json} built in, or {@code catalog.path}), validated
 * against {@code catalog.schema.json} at start-up. Operators switch items off ({@code catalog.disabledItems})
 * and reorder categories ({@code catalog.categoryOrder}) in config without rebuilding.
 */
public final class JsonCatalog implements Catalog {
    public static final String BUILT_IN = "/catalog/catalog.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Category> categories;
    private final List<ServiceItem> everyItem;
    private final List<ServiceItem> enabled;
    private final Map<String, ServiceItem> byCode;
    private final Map<String, String> sources;
    private final Map<String, Localized> fieldLabels;
    /** Built once, on first use or by {@link #prepareSearch}: pinyin for ~100 items is ~0.25 s of a cold JVM. */
    private final java.util.concurrent.FutureTask<CatalogSearch> search;

    private JsonCatalog(List<Category> categories, List<ServiceItem> everyItem, Map<String, String> sources,
                        Map<String, Localized> fieldLabels) {
        Set<String> liveCategories = everyItem.stream().filter(ServiceItem::enabled).map(ServiceItem::categoryCode)
                .collect(Collectors.toSet());
        this.categories = categories.stream().filter(c -> liveCategories.contains(c.code()))
                .sorted(Comparator.comparingInt(Category::order)).toList();
        Map<String, Integer> catRank = new HashMap<>();
        this.categories.forEach(c -> catRank.put(c.code(), c.order()));
        this.everyItem = List.copyOf(everyItem);
        // Stable sort keeps the file's item order inside a category.
        this.enabled = everyItem.stream().filter(ServiceItem::enabled)
                .sorted(Comparator.comparingInt(i -> catRank.getOrDefault(i.categoryCode(), Integer.MAX_VALUE))).toList();
        Map<String, ServiceItem> m = new LinkedHashMap<>();
        enabled.forEach(i -> m.put(i.code(), i));
        this.byCode = Map.copyOf(m);
        this.sources = Map.copyOf(sources);
        this.fieldLabels = Map.copyOf(fieldLabels);
        this.search = new java.util.concurrent.FutureTask<>(() -> new CatalogSearch(enabled, this.categories));
    }

    /** The catalog this kiosk is configured for. Throws {@link CatalogException} listing every problem. */
    public static JsonCatalog load(CatalogConfig config) {
        Optional<Path> path = config.path();
        Options options = new Options(config.disabledItems(), config.categoryOrder());
        if (path.isPresent()) {
            try (InputStream in = Files.newInputStream(path.get())) {
                return parse(in, path.get().toString(), options);
            } catch (IOException e) {
                throw new ConfigException("cannot read catalog.path " + path.get() + ": " + e.getMessage(), e);
            }
        }
        return builtIn(options);
    }

    public static JsonCatalog builtIn(Options options) {
        try (InputStream in = JsonCatalog.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) throw new ConfigException("built-in catalog " + BUILT_IN + " is missing from the jar");
            return parse(in, "built-in " + BUILT_IN, options);
        } catch (IOException e) {
            throw new ConfigException("cannot read built-in catalog: " + e.getMessage(), e);
        }
    }

    /** What operators may change without editing the file. */
    public record Options(List<String> disabledItems, List<String> categoryOrder) {
        public static final Options NONE = new Options(List.of(), List.of());
    }

    public static JsonCatalog parse(InputStream in, String sourceName, Options options) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            throw new CatalogException(sourceName, List.of("not valid JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage()));
        }
        List<String> problems = new ArrayList<>(CatalogValidator.validate(root));
        if (!problems.isEmpty()) throw new CatalogException(sourceName, problems);

        Set<String> itemCodes = new LinkedHashSet<>();
        root.get("items").forEach(n -> itemCodes.add(n.get("code").asText()));
        List<String> fileCategories = new ArrayList<>();
        root.get("categories").forEach(n -> fileCategories.add(n.get("code").asText()));
        for (String d : options.disabledItems()) {
            if (!itemCodes.contains(d)) problems.add("config catalog.disabledItems: no item '" + d + "'");
        }
        for (String c : options.categoryOrder()) {
            if (!fileCategories.contains(c)) problems.add("config catalog.categoryOrder: no category '" + c + "' (have " + fileCategories + ")");
        }
        if (!problems.isEmpty()) throw new CatalogException(sourceName, problems);

        List<String> order = new ArrayList<>(new LinkedHashSet<>(options.categoryOrder()));
        fileCategories.stream().filter(c -> !order.contains(c)).forEach(order::add);
        List<Category> categories = new ArrayList<>();
        root.get("categories").forEach(n -> categories.add(new Category(n.get("code").asText(), localized(n.get("name")),
                n.get("icon").asText(), order.indexOf(n.get("code").asText()))));
        Map<String, Department> departments = new HashMap<>();
        root.get("departments").forEach(n -> departments.put(n.get("code").asText(),
                new Department(n.get("code").asText(), localized(n.get("name")))));
        Map<String, Localized> labels = new LinkedHashMap<>();
        root.get("fields").fields().forEachRemaining(e -> labels.put(e.getKey(), localized(e.getValue())));

        Set<String> disabled = Set.copyOf(options.disabledItems());
        List<ServiceItem> items = new ArrayList<>();
        Map<String, String> sources = new HashMap<>();
        for (JsonNode n : root.get("items")) {
            String code = n.get("code").asText();
            Set<ItemOutput> outputs = new LinkedHashSet<>();
            n.get("outputs").forEach(o -> outputs.add(ItemOutput.valueOf(o.asText())));
            List<ResultField> fields = new ArrayList<>();
            n.get("resultFields").forEach(f -> fields.add(new ResultField(f.asText(), labels.get(f.asText()))));
            List<String> keywords = new ArrayList<>();
            n.get("keywords").forEach(k -> keywords.add(k.asText().trim()));
            boolean on = n.path("enabled").asBoolean(true) && !disabled.contains(code);
            items.add(new ServiceItem(code, localized(n.get("name")), localized(n.get("description")),
                    n.get("category").asText(), departments.get(n.get("department").asText()),
                    AssuranceRule.valueOf(n.get("assurance").asText()), outputs, fields, keywords, on));
            sources.put(code, n.get("source").asText());
        }
        JsonCatalog catalog = new JsonCatalog(categories, items, sources, labels);
        List<String> popular = new ArrayList<>();
        root.path("popular").forEach(p -> popular.add(p.asText()));
        for (String p : popular) {
            if (!itemCodes.contains(p)) problems.add("popular: no item '" + p + "'");
        }
        if (!problems.isEmpty()) throw new CatalogException(sourceName, problems);
        catalog.popular = popular.stream().map(catalog.byCode::get).filter(java.util.Objects::nonNull).toList();
        Map<String, String> next = new HashMap<>();
        root.path("whenNoRecord").fields().forEachRemaining(e -> {
            if (!itemCodes.contains(e.getKey())) problems.add("whenNoRecord: no item '" + e.getKey() + "'");
            if (!itemCodes.contains(e.getValue().asText())) problems.add("whenNoRecord." + e.getKey() + ": no item '" + e.getValue().asText() + "'");
            next.put(e.getKey(), e.getValue().asText());
        });
        if (!problems.isEmpty()) throw new CatalogException(sourceName, problems);
        catalog.noRecordNext = Map.copyOf(next);
        return catalog;
    }

    private List<ServiceItem> popular = List.of();
    private Map<String, String> noRecordNext = Map.of();

    @Override
    public Optional<ServiceItem> whenNoRecord(String itemCode) {
        String next = noRecordNext.get(itemCode);
        return next == null ? Optional.empty() : item(next);
    }

    @Override
    public List<ServiceItem> popular() { return popular; }

    private static Localized localized(JsonNode n) {
        return new Localized(n.get("zh").asText(), n.get("en").asText());
    }

    @Override
    public List<Category> categories() { return categories; }

    @Override
    public List<ServiceItem> items(String categoryCode) {
        return enabled.stream().filter(i -> i.categoryCode().equals(categoryCode)).toList();
    }

    @Override
    public List<ServiceItem> all() { return enabled; }

    @Override
    public Optional<ServiceItem> item(String code) { return Optional.ofNullable(byCode.get(code)); }

    @Override
    public List<ServiceItem> search(String query, int limit) {
        prepareSearch();
        try {
            return search.get().search(query, limit);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("catalog search index could not be built", e.getCause());
        }
    }

    /** A no-op once built; while another thread builds it, returns at once and {@link #search} waits for it. */
    @Override
    public void prepareSearch() {
        search.run();
    }

    /** Every item in the file, switched off ones included (the records service answers for all of them). */
    public List<ServiceItem> everyItem() { return everyItem; }

    /** Which records an item shows, e.g. {@code gjjDeposits} or {@code contrib:medical} (docs/records-api.md). */
    public Optional<String> source(String itemCode) { return Optional.ofNullable(sources.get(itemCode)); }

    /** Label of any record field or table column key, for columns the UI has to name. */
    public Optional<Localized> fieldLabel(String key) { return Optional.ofNullable(fieldLabels.get(key)); }
}
