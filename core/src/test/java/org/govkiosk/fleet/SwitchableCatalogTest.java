package org.govkiosk.fleet;

import org.govkiosk.config.KioskSettings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import org.govkiosk.catalog.JsonCatalog;
import org.govkiosk.catalog.ServiceItem;
import org.govkiosk.config.KioskConfig;
import org.junit.jupiter.api.Test;

class SwitchableCatalogTest {
    @Test
    void anItemSwitchedOffDisappearsFromListsSearchAndLookupUntilSwitchedOn() {
        JsonCatalog base = JsonCatalog.load(KioskSettings.defaults().catalog());
        Set<String> off = new ConcurrentSkipListSet<>();
        SwitchableCatalog c = new SwitchableCatalog(base, () -> off);
        ServiceItem item = base.item("FC-011").orElseThrow();
        int all = c.all().size();
        assertTrue(c.search("契税", 10).stream().anyMatch(i -> i.code().equals("FC-011")));

        off.add("FC-011");
        assertFalse(c.item("FC-011").isPresent());
        assertEquals(all - 1, c.all().size());
        assertFalse(c.items(item.categoryCode()).contains(item));
        assertFalse(c.search("契税", 10).stream().anyMatch(i -> i.code().equals("FC-011")));
        assertTrue(c.knows("FC-011"), "still known, so enable-item can name it");
        assertFalse(c.knows("NO-SUCH"));

        off.remove("FC-011");
        assertTrue(c.item("FC-011").isPresent());
        assertEquals(all, c.all().size());
    }

    @Test
    void popularItemsAndTheNoRecordAlternativePassThroughUnlessSwitchedOff() {
        JsonCatalog base = JsonCatalog.load(KioskSettings.defaults().catalog());
        Set<String> off = new ConcurrentSkipListSet<>();
        SwitchableCatalog c = new SwitchableCatalog(base, () -> off);
        assertFalse(base.popular().isEmpty(), "the built-in catalog names popular items");
        assertEquals(base.popular(), c.popular());
        String withAlternative = base.all().stream().map(ServiceItem::code)
                .filter(code -> base.whenNoRecord(code).isPresent()).findFirst().orElseThrow();
        ServiceItem alternative = base.whenNoRecord(withAlternative).orElseThrow();
        assertEquals(alternative, c.whenNoRecord(withAlternative).orElseThrow());

        ServiceItem firstPopular = base.popular().get(0);
        off.add(firstPopular.code());
        off.add(alternative.code());
        assertFalse(c.popular().contains(firstPopular));
        assertEquals(base.popular().stream().filter(i -> !off.contains(i.code())).toList(), c.popular());
        assertFalse(c.whenNoRecord(withAlternative).isPresent(), "a switched-off alternative is not offered");
    }
}
