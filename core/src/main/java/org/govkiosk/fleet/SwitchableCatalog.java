package org.govkiosk.fleet;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.govkiosk.catalog.Catalog;
import org.govkiosk.catalog.Category;
import org.govkiosk.catalog.ServiceItem;

/** The site's catalog minus the items an operator switched off at run time ({@code disable-item}). */
public final class SwitchableCatalog implements Catalog {
    private final Catalog base;
    private final Supplier<Set<String>> disabled;

    public SwitchableCatalog(Catalog base, Supplier<Set<String>> disabled) {
        this.base = base;
        this.disabled = disabled;
    }

    public boolean knows(String code) { return base.item(code).isPresent(); }

    private boolean on(ServiceItem i) { return !disabled.get().contains(i.code()); }

    @Override public List<Category> categories() { return base.categories(); }
    @Override public List<ServiceItem> items(String categoryCode) { return base.items(categoryCode).stream().filter(this::on).toList(); }
    @Override public List<ServiceItem> all() { return base.all().stream().filter(this::on).toList(); }
    @Override public Optional<ServiceItem> item(String code) { return base.item(code).filter(this::on); }
    // Without these two the fleet's wrapper silently emptied the popular tab and the "no record" alternative.
    @Override public List<ServiceItem> popular() { return base.popular().stream().filter(this::on).toList(); }
    @Override public Optional<ServiceItem> whenNoRecord(String itemCode) { return base.whenNoRecord(itemCode).filter(this::on); }

    @Override
    public List<ServiceItem> search(String query, int limit) {
        Set<String> off = disabled.get();
        return base.search(query, limit + off.size()).stream().filter(i -> !off.contains(i.code())).limit(limit).toList();
    }

    @Override public void prepareSearch() { base.prepareSearch(); }
}
