package org.govkiosk.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govkiosk.config.KioskSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(20)
class JsonCatalogTest {
    private static final String BUILT_IN_TEXT = read();

    private static String read() {
        try (var in = JsonCatalog.class.getResourceAsStream(JsonCatalog.BUILT_IN)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void builtInCatalogHasAll101ValidDistinctItems() {
        JsonCatalog c = JsonCatalog.load(KioskSettings.defaults().catalog());
        assertEquals(101, c.all().size());
        Set<String> codes = new HashSet<>();
        Set<String> zhNames = new HashSet<>();
        Set<String> enNames = new HashSet<>();
        for (ServiceItem i : c.all()) {
            assertTrue(codes.add(i.code()), i.code());
            assertTrue(zhNames.add(i.name().zh()), "duplicate zh name " + i.name().zh());
            assertTrue(enNames.add(i.name().en()), "duplicate en name " + i.name().en());
            assertFalse(i.description().zh().isBlank() || i.description().en().isBlank(), i.code());
            assertTrue(i.produces(ItemOutput.SCREEN), i.code());
            assertTrue(c.source(i.code()).isPresent());
            i.resultFields().forEach(f -> assertFalse(f.label().zh().isEmpty() || f.label().en().isEmpty(), i.code() + " " + f.key()));
        }
        Set<String> cats = new HashSet<>();
        c.categories().forEach(cat -> cats.add(cat.code()));
        assertTrue(cats.containsAll(Set.of("housing", "realestate", "medical", "pension", "gjj", "electricity")), cats.toString());
        for (Category cat : c.categories()) assertFalse(c.items(cat.code()).isEmpty(), cat.code());
        for (String name : List.of("个人住房信息查询", "无房证明", "不动产登记信息查询", "医保缴费明细", "养老保险参保证明",
                "公积金缴存明细", "公积金缴费凭证", "电费账单")) {
            assertTrue(zhNames.contains(name), name);
        }
        assertTrue(c.all().stream().anyMatch(i -> i.assurance() == AssuranceRule.BOTH));
        assertTrue(c.all().stream().anyMatch(i -> i.produces(ItemOutput.RECEIPT)));
        assertTrue(c.all().stream().anyMatch(i -> i.produces(ItemOutput.CERTIFICATE)));
    }

    @Test
    void schemaErrorsNameTheItemAndTheField() throws Exception {
        String broken = BUILT_IN_TEXT
                .replaceFirst("\"en\": \"Personal housing information\"", "\"en\": \"\"")
                .replaceFirst("\"category\": \"medical\"", "\"category\": \"medicl\"")
                .replaceFirst("\"assurance\": \"BOTH\"", "\"assurance\": \"PASSWORD\"")
                .replaceFirst("\"code\": \"GJJ-002\"", "\"code\": \"GJJ-001\"")
                .replaceFirst("\"resultFields\": \\[", "\"resultFields\": [\"nosuchField\", ");
        CatalogException e = assertThrows(CatalogException.class, () -> parse(broken));
        String m = e.getMessage();
        assertTrue(m.contains("item #1 'FC-001' field 'name'.en: must not be empty"), m);
        assertTrue(m.contains("field 'category': 'medicl' is not one of"), m);
        assertTrue(m.contains("field 'assurance': 'PASSWORD' must be one of"), m);
        assertTrue(m.contains("'GJJ-001' field 'code': used by another item"), m);
        assertTrue(m.contains("'FC-001' field 'resultFields': 'nosuchField' has no label"), m);
        assertEquals(5, e.problems().size(), m);
    }

    @Test
    void notJsonSaysWhere() {
        CatalogException e = assertThrows(CatalogException.class, () -> parse("{\"version\": 1,\n \"items\": [ }"));
        assertTrue(e.getMessage().contains("not valid JSON at line 2"), e.getMessage());
    }

    @Test
    void operatorsSwitchItemsOffAndReorderCategoriesInConfig(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("my-catalog.json");
        Files.writeString(file, BUILT_IN_TEXT);
        JsonCatalog c = JsonCatalog.load(KioskSettings.of(Map.of("catalog.path", file.toString(),
                "catalog.disabledItems", "GJJ-001, DW-001", "catalog.categoryOrder", "gjj,electricity")).catalog());
        assertEquals(99, c.all().size());
        assertTrue(c.item("GJJ-001").isEmpty());
        assertEquals(List.of("gjj", "electricity", "housing"), c.categories().stream().limit(3).map(Category::code).toList());
        assertEquals("gjj", c.all().get(0).categoryCode());
        assertTrue(c.search("电费账单", 5).stream().noneMatch(i -> i.code().equals("DW-001")));
        assertEquals(101, c.everyItem().size());
    }

    @Test
    void unknownCodesInConfigAreReported() {
        CatalogException e = assertThrows(CatalogException.class, () -> JsonCatalog.load(KioskSettings
                .of(Map.of("catalog.disabledItems", "GJJ-999", "catalog.categoryOrder", "lottery")).catalog()));
        assertTrue(e.getMessage().contains("no item 'GJJ-999'"), e.getMessage());
        assertTrue(e.getMessage().contains("no category 'lottery'"), e.getMessage());
    }

    private static JsonCatalog parse(String text) throws Exception {
        return JsonCatalog.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test", JsonCatalog.Options.NONE);
    }
}
