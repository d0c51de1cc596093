package org.govkiosk.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Which catalog and how the operator trimmed it: {@code catalog.*}. */
public record CatalogConfig(Optional<Path> path, List<String> disabledItems, List<String> categoryOrder) {
    public CatalogConfig {
        disabledItems = List.copyOf(disabledItems);
        categoryOrder = List.copyOf(categoryOrder);
    }

    public static CatalogConfig from(KioskConfig c) {
        return new CatalogConfig(c.path("catalog.path"), c.list("catalog.disabledItems"), c.list("catalog.categoryOrder"));
    }

    /** The same catalog with every item on and the built-in order (what the records service serves). */
    public CatalogConfig untrimmed() {
        return new CatalogConfig(path, List.of(), List.of());
    }
}
