package org.govkiosk.ui.screen;

import com.badlogic.gdx.scenes.scene2d.ui.Button;
import com.badlogic.gdx.scenes.scene2d.ui.Image;
import com.badlogic.gdx.scenes.scene2d.ui.Label;
import com.badlogic.gdx.scenes.scene2d.ui.ScrollPane;
import com.badlogic.gdx.scenes.scene2d.ui.Skin;
import com.badlogic.gdx.scenes.scene2d.ui.Table;
import com.badlogic.gdx.scenes.scene2d.ui.TextButton;
import com.badlogic.gdx.utils.Align;
import java.util.List;
import org.govkiosk.catalog.AssuranceRule;
import org.govkiosk.catalog.Catalog;
import org.govkiosk.catalog.Category;
import org.govkiosk.catalog.ServiceItem;
import org.govkiosk.session.SessionStage;
import org.govkiosk.ui.Elements;
import org.govkiosk.session.StepUp;
import org.govkiosk.ui.KioskScreen;
import org.govkiosk.ui.KioskUi;
import org.govkiosk.ui.widget.OnScreenKeyboard;
import org.govkiosk.ui.widget.Widgets;

/** Categories on the left, big item tiles on the right, and search with an on-screen keyboard. */
public final class CatalogScreen extends KioskScreen {
    private static final int SEARCH_LIMIT = 30;
    /** The pseudo-category of the catalog's popular items (its tab is {@code cat.popular}). */
    static final String POPULAR = "popular";

    private String category;
    private String query = "";
    private boolean keyboard;
    private String notice;
    private float scrollY;
    private ScrollPane scroll;
    /** The landscape category column: it scrolls in elder mode, and a rebuild must not lose her place in it. */
    private ScrollPane tabScroll;

    public CatalogScreen(KioskUi ui) {
        super(ui);
        List<Category> cats = ui.services().catalog().categories();
        String first = !ui.services().catalog().popular().isEmpty() ? POPULAR : cats.isEmpty() ? null : cats.get(0).code();
        // Back from an item: her category and her search are where she left them, not reset to the first tab.
        var data = ui.sessions().session().data();
        this.query = data.typedText();
        this.category = data.currentItem() == null ? first
                : ui.services().catalog().item(data.currentItem()).map(ServiceItem::categoryCode).orElse(first);
    }

    @Override public String name() { return "catalog"; }

    // Her name is not said: the screen greets her by a masked name, which has no spoken form.
    @Override public String prompt() { return ui.t("speech.catalog"); }

    @Override public boolean scrolls() { return false; }

    @Override
    public void build(Table content) {
        Skin skin = ui.skin();
        Catalog catalog = ui.services().catalog();
        var data = ui.sessions().session().data();
        content.top();
        Table head = new Table();
        String who = data.citizen() == null ? "" : data.citizen().maskedName();
        boolean portrait = ui.portrait();
        head.add(Widgets.paragraph(skin, "title", ui.t("catalog.hello", who))).growX().left();
        TextButton search = Widgets.button(skin, "secondary", Elements.CATALOG_SEARCH,
                query.isEmpty() ? ui.t("catalog.searchHint") : query, () -> {
                    keyboard = !keyboard;
                    ui.rebuild();
                });
        search.getLabel().setAlignment(Align.left);
        // Portrait: the greeting and the search box each get the full width.
        if (portrait) head.row();
        head.add(search).width(portrait ? ui.contentWidth() : ui.target() * 7).minHeight(Widgets.atLeast(ui.target())).padTop(portrait ? 12 : 0);
        content.add(head).growX().colspan(2).row();
        if (notice != null) {
            Label n = Widgets.paragraph(skin, "body-danger", notice);
            n.setName(Elements.CATALOG_NOTICE);
            content.add(n).growX().colspan(2).padTop(8).row();
        }

        Table tabs = new Table();
        tabs.top();
        // Portrait: the categories are a grid across the full width above the items (a side column is too narrow for
        // English names in large type); landscape: a column beside them.
        int tabColumns = portrait ? (ui.elder() ? 2 : 3) : 1;
        tabs.defaults().growX().uniformX().minHeight(Widgets.atLeast(ui.target())).padBottom(8).padRight(portrait ? 8 : 20);
        List<TextButton> allTabs = new java.util.ArrayList<>();
        if (!catalog.popular().isEmpty()) allTabs.add(tab(skin, POPULAR, ui.t("catalog.popular")));
        for (Category c : catalog.categories()) allTabs.add(tab(skin, c.code(), c.name().in(ui.locale())));
        for (int t = 0; t < allTabs.size(); t++) {
            tabs.add(allTabs.get(t));
            if ((t + 1) % tabColumns == 0) tabs.row();
        }
        // Landscape screens have no height to spare for the keyboard under the results (in elder mode a strip of
        // 78 px was left, less than half a tile): while she types, the keyboard sits beside the results, which keep
        // the full height in one column.
        boolean sideBySide = keyboard && !portrait;
        // A tap on a category rebuilds the screen: a new column at the top hid the tab she had just chosen (the 6th
        // of 9 in elder landscape, 住房公积金). It keeps her place and brings the chosen tab into view.
        float tabScrollY = tabScroll == null ? 0 : tabScroll.getScrollY();
        TextButton chosen = allTabs.stream().filter(TextButton::isChecked).findFirst().orElse(null);
        tabScroll = new ScrollPane(tabs, skin) {
            private boolean placed;

            @Override
            public void layout() {
                super.layout();
                if (placed || getHeight() <= 0) return;
                placed = true;
                setScrollY(tabScrollY);
                if (chosen != null) scrollTo(chosen.getX(), chosen.getY(), chosen.getWidth(), chosen.getHeight());
                updateVisualScroll();
            }
        };
        tabScroll.setScrollingDisabled(true, false);
        // The category list is longer than the screen in elder mode: its bar stays visible as the cue that it scrolls.
        tabScroll.setFadeScrollBars(false);
        boolean en = ui.locale().getLanguage().equals("en");
        // While she types, the categories give way: the keyboard and the matches need the room, and a search
        // shows matches from every category anyway.
        // Chinese: room for a five-character name beside its icon (3.4 targets broke 住房公积金 after its fourth).
        float tabWidth = keyboard || portrait ? 0 : ui.target() * (en ? (ui.elder() ? 4.6f : 4.4f) : 4.0f);
        if (keyboard) {
            content.add();
        } else if (portrait) {
            content.add(tabs).growX().colspan(2).padTop(16).row();
            content.add();
        } else {
            content.add(tabScroll).width(tabWidth).growY().top().padTop(16).padRight(16);
        }

        List<ServiceItem> items = query.isEmpty()
                ? (POPULAR.equals(category) ? catalog.popular() : category == null ? List.of() : catalog.items(category))
                : catalog.search(query, SEARCH_LIMIT);
        Table grid = new Table();
        grid.setName(Elements.CATALOG_ITEMS);
        grid.top().left();
        float room = ui.contentWidth() - tabWidth - 16;
        float keysWidth = OnScreenKeyboard.width(ui.target(), sideBySide ? room - 560 : room);
        float listWidth = sideBySide ? room - keysWidth - 16 : room;
        // As many columns as keep a tile wide enough for a long English name in large type.
        int columns = Math.max(1, Math.min(3, (int) (listWidth / (ui.elder() ? 560 : 440))));
        grid.defaults().pad(10).growX().fillY().uniformX().minHeight(ui.target() * 1.8f);
        int i = 0;
        for (ServiceItem item : items) {
            grid.add(tile(skin, item));
            if (++i % columns == 0) grid.row();
        }
        if (items.isEmpty()) {
            Label none = Widgets.centred(skin, "body-muted", ui.t(query.isEmpty() ? "catalog.empty" : "catalog.noMatch", query));
            none.setName(Elements.CATALOG_NO_MATCH);
            grid.add(none).growX();
        }
        Table right = new Table();
        // A rebuild (language, elder mode, keyboard, coming back from a step-up) keeps her place in the list.
        if (scroll != null) scrollY = scroll.getScrollY();
        scroll = new ScrollPane(grid, skin);
        scroll.setName(Elements.CATALOG_SCROLL);
        scroll.setScrollingDisabled(true, false);
        scroll.setFadeScrollBars(false);
        scroll.layout();
        scroll.setScrollY(scrollY);
        scroll.updateVisualScroll();
        if (keyboard) {
            OnScreenKeyboard keys = new OnScreenKeyboard(skin, ui.target(), keysWidth, ui.t("key.space"), ui.t("key.delete"),
                    ui.t("key.clear"), k -> type(query + k), () -> type(query.isEmpty() ? "" : query.substring(0, query.length() - 1)),
                    () -> type(""));
            if (sideBySide) {
                right.add(scroll).grow();
                right.add(keys).bottom().padLeft(16).row();
            } else {
                right.add(scroll).grow().row();
                right.add(keys).padTop(12).row();
            }
        } else {
            right.add(scroll).grow().row();
        }
        content.add(right).grow().padTop(16);
    }

    private TextButton tab(Skin skin, String code, String text) {
        TextButton tab = Widgets.button(skin, "tab", Elements.category(code), text, () -> {
            category = code;
            type("");
        });
        tab.setChecked(query.isEmpty() && code.equals(category));
        if (!POPULAR.equals(code)) {
            Label label = tab.getLabel();
            tab.clearChildren();
            // The chosen tab is filled with the accent the icons are drawn in: its icon takes the tab's text colour.
            com.badlogic.gdx.graphics.Texture icon = tab.isChecked()
                    ? ui.illustrations().categoryIcon(code, tab.getStyle().checkedFontColor)
                    : ui.illustrations().categoryIcon(code, ui.theme().palette());
            tab.add(new Image(icon)).size(ui.elder() ? 48 : 40).padLeft(4);
            tab.add(label).growX().padLeft(8).padRight(8).padTop(8).padBottom(8);
        }
        return tab;
    }

    /** A card: the item's name large, the department under it small and quiet (it used to dominate the tile). */
    private Button tile(Skin skin, ServiceItem item) {
        Button tile = new Button(skin.get("tile", TextButton.TextButtonStyle.class));
        tile.setName(Elements.item(item.code()));
        tile.pad(16, 24, 16, 24);
        tile.left();
        tile.add(Widgets.paragraph(skin, "button", item.name().in(ui.locale()))).growX().left().row();
        tile.add(Widgets.paragraph(skin, "small-muted", item.department().name().in(ui.locale()))).growX().left().padTop(6);
        tile.addListener(new com.badlogic.gdx.scenes.scene2d.utils.ClickListener() {
            @Override
            public void clicked(com.badlogic.gdx.scenes.scene2d.InputEvent event, float x, float y) {
                open(item);
            }
        });
        return tile;
    }

    private void type(String q) {
        query = q;
        scrollY = 0;
        scroll = null;
        ui.sessions().session().data().typedText(q);
        ui.rebuild();
    }

    private void open(ServiceItem item) {
        var data = ui.sessions().session().data();
        if (!item.assurance().satisfiedBy(data.assurances())) {
            if (StepUp.next(item.assurance(), data.assurances()).isPresent()) {
                // She adds the missing way (card or face) on the next screen; "back" returns to this very screen.
                notice = null;
                ui.show(new StepUpScreen(ui, item, this));
                return;
            }
            notice = ui.t(needsAssuranceKey(item.assurance()), item.name().in(ui.locale()));
            ui.rebuild();
            ui.say(notice);
            return;
        }
        data.currentItem(item.code());
        ui.sessions().moveTo(SessionStage.RESULT);
        ui.show(new ResultScreen(ui, item));
    }

    // Her search stays in the session data (wiped with the session) so "back" from an item returns to it.

    static String needsAssuranceKey(AssuranceRule rule) {
        return switch (rule) {
            case ID_CARD -> "catalog.needsAssurance.id_card";
            case FACE -> "catalog.needsAssurance.face";
            case EITHER -> "catalog.needsAssurance.either";
            case BOTH -> "catalog.needsAssurance.both";
        };
    }
}
