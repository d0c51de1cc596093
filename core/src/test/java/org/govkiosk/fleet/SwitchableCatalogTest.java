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
}
