package org.govkiosk.ui.screen;

import com.badlogic.gdx.scenes.scene2d.ui.Label;
import com.badlogic.gdx.scenes.scene2d.ui.Skin;
import com.badlogic.gdx.scenes.scene2d.ui.Table;
import com.badlogic.gdx.scenes.scene2d.ui.TextButton;
import java.util.List;
import org.govkiosk.catalog.ItemOutput;
import org.govkiosk.catalog.ResultField;
import org.govkiosk.catalog.ServiceItem;
import org.govkiosk.records.GatewayResult;
import org.govkiosk.records.ItemRecord;
import org.govkiosk.records.RecordField;
import org.govkiosk.session.Countdown;
import org.govkiosk.session.SessionStage;
import org.govkiosk.ui.Elements;
import org.govkiosk.speech.RecordReading;
import org.govkiosk.ui.KioskScreen;
import org.govkiosk.ui.KioskUi;
import org.govkiosk.ui.widget.Widgets;

/** The citizen's record for one item: fields, then the table a page at a time; print from here. */
public final class ResultScreen extends KioskScreen {
    private final ServiceItem item;
    private ItemRecord record;
    private GatewayResult.Failure<ItemRecord> failure;
    private boolean loading;
    private Countdown loadingFor;
    private int page;
    private boolean progressShown;

    public ResultScreen(KioskUi ui, ServiceItem item) {
        super(ui);
        this.item = item;
        this.record = ui.sessions().session().data().record(item.code());
    }

    @Override public String name() { return "result"; }

    /** The item, then her record's figures as on screen (this page's rows), or the error and what to do next. */
    @Override
    public String prompt() {
        String name = item.name().in(ui.locale());
        if (failure != null) {
            return ui.sentences(ui.t(failure.citizenMessageKey()), failure.retryable()
                    ? ui.t("speech.result.next.retry", ui.t("common.retry"), ui.t("nav.back"))
                    : ui.t("speech.result.next.back", ui.t("nav.back")));
        }
        if (record == null) return ui.sentences(name, ui.t("result.loading"));
        int perPage = ui.elder() ? 3 : 6;
        String reading = RecordReading.read(ui.locale(), item, record, page * perPage, (page + 1) * perPage,
                n -> ui.t("speech.result.row", n));
        return primaryAction() == null ? reading : ui.sentences(reading, ui.t("speech.result.print", ui.t("result.print")));
    }

    @Override
    public void shown() {
        if (record == null) load();
    }

    private void load() {
        loading = true;
        loadingFor = ui.timers().start(ui.timers().progressDelay());
        progressShown = false;
        failure = null;
        var session = ui.sessions().session();
        var citizen = session.data().citizen();
        ui.work().run(() -> ui.services().records().fetchRecord(session.id(), citizen, item.code()), o -> {
            loading = false;
            if (o.ok() && o.value() instanceof GatewayResult.Ok<ItemRecord> ok) {
                record = ok.value();
                session.data().putRecord(record);
            } else if (o.ok() && o.value() instanceof GatewayResult.Failure<ItemRecord> f) {
                failure = f;
            } else {
                failure = new GatewayResult.Failure<>(org.govkiosk.records.GatewayError.UNREACHABLE, String.valueOf(o.error()));
            }
            ui.rebuild();
            ui.announcePrompt();
        });
    }

    @Override
    public void update(float delta) {
        if (!loading || progressShown) return;
        // Progress appears only for waits over ui.progressDelay, so quick answers do not flicker.
        if (loadingFor.expired()) {
            progressShown = true;
            ui.rebuild();
        }
    }

    @Override
    public void build(Table content) {
        Skin skin = ui.skin();
        content.top();
        content.add(Widgets.paragraph(skin, "title", item.name().in(ui.locale()))).growX().row();
        content.add(Widgets.paragraph(skin, "body-muted", item.department().name().in(ui.locale()))).growX().padTop(4).row();
        if (loading) {
            Label l = Widgets.centred(skin, "title", progressShown ? ui.t("result.loading") : "");
            l.setName(Elements.RESULT_LOADING);
            content.add(l).grow().row();
            return;
        }
        if (failure != null) {
            Label l = Widgets.centred(skin, "title", ui.t(failure.citizenMessageKey()));
            l.setName(Elements.RESULT_ERROR);
            content.add(l).growX().padTop(60).row();
            if (failure.retryable()) {
                content.add(Widgets.button(skin, "primary", Elements.RESULT_RETRY, ui.t("common.retry"), () -> {
                    load();
                    ui.rebuild();
                })).width(ui.target() * 4).height(ui.target()).padTop(32).row();
            }
            var next = failure.error() == org.govkiosk.records.GatewayError.NO_RECORD
                    ? ui.services().catalog().whenNoRecord(item.code()) : java.util.Optional.<org.govkiosk.catalog.ServiceItem>empty();
            if (next.isPresent()) {
                // Nothing on file is itself an answer: offer the document that proves it (no home: 无房证明).
                var other = next.get();
                content.add(Widgets.paragraph(skin, "body", ui.t("result.noRecord.next", other.name().in(ui.locale()))))
                        .width(ui.fit(1000)).padTop(32).row();
                content.add(Widgets.button(skin, "primary", Elements.RESULT_NEXT_STEP, other.name().in(ui.locale()), () -> {
                    ui.sessions().session().data().currentItem(other.code());
                    ui.show(new ResultScreen(ui, other));
                })).width(ui.fit(ui.target() * 5)).minHeight(ui.target()).padTop(16).row();
            }
            content.add().grow();
            return;
        }
        if (record == null) return;
        Table fields = new Table();
        fields.setName(Elements.RESULT_FIELDS);
        fields.setBackground(skin.getDrawable("panel"));
        fields.pad(20, 28, 20, 28);
        fields.defaults().padBottom(10).top().left();
        for (RecordField f : record.fields()) {
            String label = item.field(f.key()).map(r -> r.label().in(ui.locale())).orElse(f.key());
            fields.add(Widgets.paragraph(skin, "body-muted", label)).width(ui.elder() ? 420 : 360);
            Label v = Widgets.paragraph(skin, "body", f.value());
            fields.add(v).growX().row();
        }
        // A record may be all table (payments, contributions): no empty box above it.
        if (!record.fields().isEmpty()) content.add(fields).growX().padTop(16).row();

        int perPage = ui.elder() ? 3 : 6;
        List<List<String>> rows = record.table().rows();
        if (!rows.isEmpty()) {
            int pages = (rows.size() + perPage - 1) / perPage;
            page = Math.min(page, pages - 1);
            List<String> headers = record.table().columnKeys().stream().map(col -> item.field(col).map(ResultField::label)
                    .map(l -> l.in(ui.locale())).orElse(col)).toList();
            List<List<String>> shown = rows.subList(page * perPage, Math.min(rows.size(), (page + 1) * perPage));
            Table table = new Table();
            table.setName(Elements.RESULT_TABLE);
            float[] widths = oneLineWidths(headers, shown);
            int widest = 0;
            for (int c = 1; c < widths.length; c++) if (widths[c] > widths[widest]) widest = c;
            if (fitsAsColumns(widths, widest)) {
                table.setBackground(skin.getDrawable("panel"));
                table.pad(16, 28, 16, 28);
                table.defaults().pad(4, 12, 4, 12).left();
                // The others keep their one line; the widest (an address) takes the rest of the row. Sharing the
                // spare room out evenly left an address five characters wide beside half-empty number columns.
                for (int c = 0; c < headers.size(); c++) column(table.add(Widgets.paragraph(skin, "small-muted", headers.get(c))), c, widest, widths);
                table.row();
                for (List<String> row : shown) {
                    for (int c = 0; c < row.size(); c++) column(table.add(Widgets.paragraph(skin, "body", row.get(c))), c, widest, widths);
                    table.row();
                }
            } else {
                // Too narrow for columns (portrait in large type): each row becomes a card of label and value lines,
                // as the fields above it, instead of an address squeezed to two characters a line.
                for (List<String> row : shown) {
                    Table card = new Table();
                    card.setBackground(skin.getDrawable("panel"));
                    card.pad(16, 28, 16, 28);
                    card.defaults().padBottom(6).top().left();
                    for (int c = 0; c < row.size(); c++) {
                        card.add(Widgets.paragraph(skin, "body-muted", c < headers.size() ? headers.get(c) : "")).width(ui.elder() ? 320 : 280);
                        card.add(Widgets.paragraph(skin, "body", row.get(c))).growX().row();
                    }
                    table.add(card).growX().padBottom(12).row();
                }
            }
            content.add(table).growX().padTop(16).row();
            if (pages > 1) {
                Table pager = new Table();
                pager.defaults().height(ui.target()).width(ui.target() * 3).pad(8);
                TextButton prev = Widgets.button(skin, "secondary", Elements.RESULT_PREV, ui.t("result.prev"), () -> {
                    page--;
                    ui.rebuild();
                });
                prev.setDisabled(page == 0);
                TextButton next = Widgets.button(skin, "secondary", Elements.RESULT_NEXT, ui.t("result.next"), () -> {
                    page++;
                    ui.rebuild();
                });
                next.setDisabled(page >= pages - 1);
                Label pageLabel = Widgets.centred(skin, "body", ui.t("result.page", page + 1, pages));
                pageLabel.setName(Elements.RESULT_PAGE);
                pager.add(prev);
                pager.add(pageLabel).width(300);
                pager.add(next);
                content.add(pager).padTop(8).row();
            }
        }
        content.add().grow().row();
    }

    /** Each column's width on one line: its header and its widest cell. */
    private float[] oneLineWidths(List<String> headers, List<List<String>> rows) {
        Skin skin = ui.skin();
        float[] widths = new float[headers.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = oneLine(skin, "small-muted", headers.get(c));
            for (List<String> row : rows) if (c < row.size()) widths[c] = Math.max(widths[c], oneLine(skin, "body", row.get(c)));
        }
        return widths;
    }

    /**
     * Whether the rows read as columns: every column on one line, or the widest (an address) still keeps the width of
     * ten Chinese characters a line beside the others on one line.
     */
    private boolean fitsAsColumns(float[] widths, int widest) {
        float room = ui.contentWidth() - 2 * 28 - widths.length * 24;
        float others = 0;
        for (int c = 0; c < widths.length; c++) if (c != widest) others += widths[c];
        float tenIdeographs = oneLine(ui.skin(), "body", "一二三四五六七八九十");
        return room - others >= Math.min(widths[widest], tenIdeographs);
    }

    private static void column(com.badlogic.gdx.scenes.scene2d.ui.Cell<?> cell, int c, int widest, float[] widths) {
        if (c == widest) cell.growX();
        else cell.width(widths[c] + 2);
    }

    private static float oneLine(Skin skin, String style, String text) {
        return new Label(text, skin.get(style, Label.LabelStyle.class)).getPrefWidth();
    }

    @Override
    public PrimaryAction primaryAction() {
        if (record == null || !(item.produces(ItemOutput.CERTIFICATE) || item.produces(ItemOutput.RECEIPT))) return null;
        return new PrimaryAction(Elements.RESULT_PRINT, ui.t("result.print"), () -> {
            ui.sessions().moveTo(SessionStage.PRINT);
            ui.show(new PrintScreen(ui, item, record));
        });
    }

    @Override public boolean hasBack() { return true; }

    @Override
    public void back() {
        ui.sessions().moveTo(SessionStage.BROWSE);
        ui.show(new CatalogScreen(ui));
    }
}
