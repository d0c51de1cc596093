package org.govkiosk.catalog;

import java.util.List;
import java.util.Optional;

/** The item catalog as the UI sees it: only enabled items, categories in the operator's order. */
public interface Catalog {
    List<Category> categories();

    List<ServiceItem> items(String categoryCode);

    List<ServiceItem> all();

    /** The items most citizens come for, in the operator's order (the catalog's first tab); may be empty. */
    default List<ServiceItem> popular() { return List.of(); }

    /** What to offer when the item finds no record of her (no home on file: the certificate of no housing). */
    default Optional<ServiceItem> whenNoRecord(String itemCode) { return Optional.empty(); }

    Optional<ServiceItem> item(String code);

    /** Ranked matches for what a citizen typed: hanzi, pinyin, pinyin initials or English. Fast enough per keystroke. */
    List<ServiceItem> search(String query, int limit);

    /**
     * Builds what {@link #search} needs now, on the caller's thread, if it is not built yet. Building it (every
     * item's pinyin) took ~0.25 s of a cold start on the render thread, so the kiosk builds it after its first screen.
     */
    default void prepareSearch() {}
}
