package org.govkiosk.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.govkiosk.config.KioskSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(20)
class CatalogSearchTest {
    private static final JsonCatalog CATALOG = JsonCatalog.load(KioskSettings.defaults().catalog());

    private static List<String> names(String q) {
        return CATALOG.search(q, 10).stream().map(i -> i.name().zh()).toList();
    }

    @Test
    void hanziSubstringFindsAndExactNameRanksFirst() {
        assertEquals("无房证明", names("无房证明").get(0));
        assertTrue(names("缴存").contains("公积金缴存明细"));
        assertEquals("电费账单", names("电费").get(0));
    }

    @Test
    void pinyinInitialsFindProvidentFundItemsFirst() {
        List<ServiceItem> hits = CATALOG.search("gjj", 10);
        assertEquals(10, hits.size());
        hits.forEach(i -> assertEquals("gjj", i.categoryCode(), i.name().zh()));
        assertTrue(hits.get(0).name().zh().startsWith("公积金"));
    }

    @Test
    void fullPinyinAndItsPrefixesWork() {
        assertTrue(names("gongjijin").get(0).startsWith("公积金"));
        assertTrue(names("wufang").contains("无房证明"));
        assertEquals("无房证明", names("wfzm").get(0));
        assertTrue(names("dianfei").contains("电费账单"));
        assertTrue(names("yb").stream().anyMatch(n -> n.startsWith("医保")));
    }

    @Test
    void everyKeystrokeOfAPinyinWordKeepsTheTargetInView() {
        String word = "gongjijinjiaocun";
        for (int n = 3; n <= word.length(); n++) {
            assertTrue(names(word.substring(0, n)).contains("公积金缴存明细"), word.substring(0, n));
        }
    }

    @Test
    void englishWordsFindItems() {
        assertEquals("电费账单", names("electricity bill").get(0));
        assertTrue(names("provident fund").stream().allMatch(n -> n.contains("公积金")));
        assertTrue(names("pension").contains("养老保险参保证明"));
        assertTrue(names("no house").contains("无房证明"));
    }

    @Test
    void polyphonicCharactersMatchEitherReading() {
        // 银行 is read yin-hang; 行 alone defaults to xing. Both spellings are indexed for keywords like 不动产.
        assertFalse(names("budongchan").isEmpty());
        assertTrue(names("hukou").contains("户籍证明"));
    }

    @Test
    void nonsenseFindsNothingAndBlankIsEmpty() {
        assertTrue(names("zzzzqqq").isEmpty());
        assertTrue(names("   ").isEmpty());
        assertTrue(CATALOG.search(null, 5).isEmpty());
        assertTrue(names("xyz 公积金").isEmpty());
    }

    @Test
    void mixedWordsMustAllMatch() {
        List<String> r = names("gjj 贷款");
        assertFalse(r.isEmpty());
        assertTrue(r.get(0).contains("公积金") && r.get(0).contains("贷款"), r.get(0));
        r.forEach(n -> assertTrue(n.contains("公积金"), n));
    }

    @Test
    void searchesWhileTheIndexIsBeingBuiltElsewhereWaitForItAndAgree() throws Exception {
        // The kiosk builds the index after its first screen (issue 15); a citizen typing before that waits for it.
        JsonCatalog fresh = JsonCatalog.load(KioskSettings.defaults().catalog());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            pool.submit(fresh::prepareSearch);
            List<java.util.concurrent.Future<List<ServiceItem>>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) answers.add(pool.submit(() -> fresh.search("gjj", 10)));
            List<ServiceItem> expected = CATALOG.search("gjj", 10);
            for (var a : answers) assertEquals(expected, a.get());
            fresh.prepareSearch(); // built: nothing happens
            assertEquals(expected, fresh.search("gjj", 10));
        } finally {
            pool.shutdownNow();
        }
    }
}
