package org.govkiosk.ui.screen;

import com.badlogic.gdx.scenes.scene2d.ui.Container;
import com.badlogic.gdx.scenes.scene2d.ui.Label;
import com.badlogic.gdx.scenes.scene2d.ui.Skin;
import com.badlogic.gdx.scenes.scene2d.ui.Table;
import com.badlogic.gdx.scenes.scene2d.ui.TextButton;
import java.util.EnumMap;
import java.util.Map;
import org.govkiosk.catalog.ItemOutput;
import org.govkiosk.catalog.ServiceItem;
import org.govkiosk.certificate.DocumentMaker;
import org.govkiosk.device.DeviceException;
import org.govkiosk.device.DeviceKind;
import org.govkiosk.device.DeviceStatus;
import org.govkiosk.device.printer.PrintOutcome;
import org.govkiosk.records.ItemRecord;
import org.govkiosk.session.CitizenSession;
import org.govkiosk.session.PrintJobs;
import org.govkiosk.session.PrintJobs.Job;
import org.govkiosk.session.SessionStage;
import org.govkiosk.ui.Elements;
import org.govkiosk.ui.KioskScreen;
import org.govkiosk.ui.KioskUi;
import org.govkiosk.ui.widget.DocumentThumbnail;
import org.govkiosk.ui.widget.Widgets;
import org.govkiosk.preview.DocumentPreviews;
import org.govkiosk.preview.PreviewImage;

/**
 * Choose the A4 certificate and/or the receipt, print, take the paper. Each document prints at most once
 * unless the citizen explicitly asks again after a failure: nothing is ever queued to print later. When the item
 * gives one document and its printer can print, there is nothing to choose: printing starts as the screen opens
 * (she already tapped "Print"). Each document's picture, rendered from what is sent to the printer, shows while it
 * prints; the pictures are wiped when the screen is left, which every end of her session does.
 */
public final class PrintScreen extends KioskScreen {
    private final ServiceItem item;
    private final ItemRecord record;
    private final PrintJobs jobs;
    private final Map<Job, Container<Table>> rows = new EnumMap<>(Job.class);
    /** Kept across rebuilds (language, elder mode): the pictures arrive once per print. */
    private final Map<Job, DocumentThumbnail> previews = new EnumMap<>(Job.class);
    /** Exactly one document offered: no choice to make. */
    private final boolean startAtOnce;
    /** The width the rows and buttons get (less than the content's when the pictures stand beside them). */
    private float mainWidth;

    public PrintScreen(KioskUi ui, ServiceItem item, ItemRecord record) {
        super(ui);
        this.item = item;
        this.record = record;
        this.jobs = new PrintJobs(this::offered, this::usable);
        int offered = 0;
        for (Job j : Job.values()) if (offered(j)) offered++;
        // One document: nothing to choose, so it prints as the screen opens, even when the printer's last known
        // state says no. The driver asks the printer again before sending: a stale "out of paper" prints, a real one
        // fails with its reason and her retry. (Leaving it unchosen showed a grey Print that nothing re-enabled once
        // the paper was back, and which of the two she saw depended on when the last status answer came.)
        this.startAtOnce = offered == 1;
        if (startAtOnce) for (Job j : Job.values()) if (offered(j) && jobs.state(j) == PrintJobs.State.NOT_CHOSEN) jobs.toggle(j);
    }

    @Override public String name() { return "print"; }

    @Override
    public String prompt() {
        String title = ui.t("print.title", item.name().in(ui.locale()));
        if (startAtOnce) return ui.sentences(title, ui.t("print.printing"));
        return ui.sentences(title, ui.t("speech.print.choose", ui.t("print.start")));
    }

    /** All jobs ran: where to take what came out, or what failed and what she can do. */
    private void sayOutcome() {
        if (jobs.anyFailed()) {
            Job failed = jobs.state(Job.CERTIFICATE) == PrintJobs.State.FAILED ? Job.CERTIFICATE : Job.RECEIPT;
            ui.say(ui.sentences(ui.t(jobs.errorKey(failed)),
                    ui.t("speech.print.failed", ui.t("print.retry"), ui.t("bar.help"))));
        } else if (jobs.anyPrinted()) {
            ui.say(ui.sentences(ui.t("print.take"),
                    jobs.state(Job.CERTIFICATE) == PrintJobs.State.PRINTED ? ui.t("speech.print.where.certificate") : null,
                    jobs.state(Job.RECEIPT) == PrintJobs.State.PRINTED ? ui.t("speech.print.where.receipt") : null));
        }
    }

    /**
     * Ask the printers how they are now, off the UI thread: a receipt printer that ran out of paper since its
     * last job only says so when asked. A changed status redraws that printer's row through {@link #deviceStatusChanged}.
     */
    @Override
    public void shown() {
        var devices = ui.services().devices();
        for (var d : new org.govkiosk.device.Device[] {devices.documentPrinter(), devices.receiptPrinter()}) {
            if (d != null) ui.work().fire(() -> d.checkHealth(org.govkiosk.device.HealthLevel.EXTERNAL));
        }
        if (startAtOnce) {
            jobs.start(j -> true);
            runNext();
        }
    }

    /** Her documents' pictures leave memory and the graphics card with the screen (and so with her session). */
    @Override
    public void hidden() {
        previews.values().forEach(DocumentThumbnail::wipe);
        previews.clear();
    }

    private boolean anyUsable() {
        for (Job j : Job.values()) if (offered(j) && usable(j)) return true;
        return false;
    }

    private boolean usable(Job j) {
        return ui.usable(j == Job.CERTIFICATE ? DeviceKind.DOCUMENT_PRINTER : DeviceKind.RECEIPT_PRINTER);
    }

    private boolean offered(Job j) {
        return item.produces(j == Job.CERTIFICATE ? ItemOutput.CERTIFICATE : ItemOutput.RECEIPT);
    }

    @Override
    public void build(Table content) {
        Skin skin = ui.skin();
        content.top();
        content.add(Widgets.paragraph(skin, "title", ui.t("print.title", item.name().in(ui.locale())))).growX().row();
        // What comes out, where she looks first: beside the rows on a wide screen (so a failure and its retry stay in
        // sight), above them on a tall one.
        Table main = content;
        mainWidth = ui.contentWidth();
        if (!previews.isEmpty()) {
            Table strip = previewStrip(skin);
            if (ui.portrait()) {
                content.add(strip).padTop(12).row();
            } else {
                Table body = new Table();
                main = new Table();
                main.top();
                mainWidth = ui.contentWidth() - strip.getPrefWidth() - 32;
                body.add(strip).top().padRight(32);
                body.add(main).width(mainWidth).top();
                content.add(body).growX().padTop(12).row();
            }
        }
        boolean allDone = jobs.allDone();
        rows.clear();
        for (Job j : Job.values()) {
            if (!offered(j)) continue;
            Container<Table> cell = new Container<>(jobRow(skin, j)).fillX();
            rows.put(j, cell);
            main.add(cell).growX().padTop(20).row();
        }
        if (main == content) content.add().grow().row();
        else main.add().height(32).row();
        if (allDone) {
            Label take = Widgets.centred(skin, "title-ok", ui.t("print.take"));
            take.setName(Elements.PRINT_TAKE);
            main.add(take).growX().row();
            // "Finish" is the bottom bar's main action (primaryAction): it never scrolls out of sight.
        } else if (!jobs.running()) {
            boolean anyChosen = jobs.anyChosen();
            boolean anyFailed = jobs.anyFailed();
            TextButton start = Widgets.button(skin, "primary", anyFailed ? Elements.PRINT_RETRY : Elements.PRINT_START,
                    ui.t(anyFailed ? Elements.PRINT_RETRY : Elements.PRINT_START), this::start);
            start.setDisabled(!anyChosen && !anyFailed);
            main.add(start).width(Math.min(ui.target() * 5, mainWidth)).height(Widgets.atLeast(ui.target() * 1.2f)).row();
            if (start.isDisabled()) {
                // A grey button alone does not say why: she has switched every document off (or none can print).
                main.add(Widgets.centred(skin, "body-muted", ui.t(anyUsable() ? "print.chooseFirst" : "print.nothingPrintable")))
                        .growX().padTop(8).row();
            }
            if (jobs.anyPrinted()) {
                main.add(Widgets.button(skin, "secondary", Elements.PRINT_FINISH, ui.t("print.finish"), this::finish))
                        .width(Math.min(ui.target() * 5, mainWidth)).height(Widgets.atLeast(ui.target())).padTop(12).row();
            }
        }
    }

    /** What prints, side by side, each as large as the screen lets both fit. */
    private Table previewStrip(Skin skin) {
        Table strip = new Table();
        strip.add(Widgets.centred(skin, "body-muted", ui.t("print.preview"))).colspan(previews.size()).growX().row();
        float h = thumbnailHeight();
        for (Job j : Job.values()) {
            DocumentThumbnail t = previews.get(j);
            if (t == null) continue;
            t.setSize(h / PAGE_RATIO, h);
            strip.add(t).size(h / PAGE_RATIO, h).pad(12, 20, 0, 20);
        }
        return strip;
    }

    /** A4's height over its width: the thumbnail's box, which the receipt's narrower picture fits into. */
    private static final float PAGE_RATIO = 297f / 210f;

    private float thumbnailHeight() {
        return ui.portrait() ? 600 : 520;
    }

    /** On the worker: the picture of what is about to print; a picture that cannot be made is only logged. */
    private void preview(Job j, CitizenSession session, java.util.concurrent.Callable<PreviewImage> render) {
        PreviewImage img;
        try {
            img = render.call();
        } catch (Exception e) {
            org.slf4j.LoggerFactory.getLogger(PrintScreen.class).warn("session {}: no preview of the {}: {}", session.id(), j, e.toString());
            return;
        }
        ui.uiThread().accept(() -> {
            // She may have left meanwhile: then the picture is wiped, never shown.
            if (!session.active() || ui.current() != this) {
                img.wipe();
                return;
            }
            DocumentThumbnail t = previews.computeIfAbsent(j, k -> new DocumentThumbnail(ui.skin().getDrawable("panel"), 1, 1));
            t.setName(Elements.preview(j == Job.CERTIFICATE ? Elements.PRINT_CERTIFICATE : Elements.PRINT_RECEIPT));
            t.show(img);
            ui.rebuild();
        });
    }

    /** A printer's state changed: only its row says so (paper low/out, back again); nothing else moves. */
    @Override
    public void deviceStatusChanged(DeviceStatus status) {
        Job j = status.kind() == DeviceKind.DOCUMENT_PRINTER ? Job.CERTIFICATE
                : status.kind() == DeviceKind.RECEIPT_PRINTER ? Job.RECEIPT : null;
        Container<Table> cell = j == null ? null : rows.get(j);
        if (cell != null && cell.getStage() != null) cell.setActor(jobRow(ui.skin(), j));
    }

    private Table jobRow(Skin skin, Job j) {
        Table row = new Table();
        row.setBackground(skin.getDrawable("panel"));
        row.pad(20, 28, 20, 28);
        String key = j == Job.CERTIFICATE ? "print.certificate" : "print.receipt";
        row.add(Widgets.paragraph(skin, "button", ui.t(key))).growX().left();
        // Narrow screens and large text: what the document is gets its own line, its state or switch the next.
        boolean stack = ui.portrait() || ui.elder() || mainWidth < ui.contentWidth();
        float side = stack ? mainWidth - 56 : 700;
        PrintJobs.State st = jobs.state(j);
        DeviceStatus device = ui.services().devices().statusOf(j == Job.CERTIFICATE ? DeviceKind.DOCUMENT_PRINTER : DeviceKind.RECEIPT_PRINTER);
        String name = j == Job.CERTIFICATE ? Elements.PRINT_CERTIFICATE : Elements.PRINT_RECEIPT;
        if (st == PrintJobs.State.CHOSEN || st == PrintJobs.State.NOT_CHOSEN) {
            if (!device.usable()) {
                Label why = Widgets.paragraph(skin, "body-danger", ui.t("print.unavailable", ui.t(device.citizenMessageKey())));
                why.setName(Elements.unavailable(name));
                if (stack) row.row();
                row.add(why).width(side).padTop(stack ? 8 : 0);
            } else if (!jobs.running()) {
                TextButton toggle = Widgets.button(skin, "tab", name, ui.t(st == PrintJobs.State.CHOSEN ? "print.chosen" : "print.notChosen"), () -> {
                    jobs.toggle(j);
                    ui.rebuild();
                });
                toggle.setChecked(st == PrintJobs.State.CHOSEN);
                if (stack) row.row();
                row.add(toggle).width(ui.target() * 3.5f).height(ui.target()).right().padTop(stack ? 8 : 0);
            }
        } else {
            String style = st == PrintJobs.State.FAILED ? "body-danger" : st == PrintJobs.State.PRINTED ? "body-ok" : "body";
            String text = switch (st) {
                case PREPARING -> ui.t("print.preparing");
                case PRINTING -> ui.t("print.printing");
                case PRINTED -> ui.t("print.printed");
                case FAILED -> ui.t(jobs.errorKey(j));
                default -> "";
            };
            Label l = Widgets.paragraph(skin, style, text);
            l.setName(Elements.state(name));
            if (stack) row.row();
            if (st == PrintJobs.State.PREPARING || st == PrintJobs.State.PRINTING) {
                // Moving while the printer works: she sees the kiosk has not stopped.
                Table busy = new Table();
                busy.add(l).growX().row();
                busy.add(Widgets.progress(skin, side, 14)).padTop(10).left();
                row.add(busy).width(side).padTop(stack ? 8 : 0);
            } else {
                row.add(l).width(side).padTop(stack ? 8 : 0);
            }
            String where = jobs.place(j);
            if (st == PrintJobs.State.PRINTED && where != null && !where.isEmpty()) {
                // Only printers that write files (the desktop's folder printer) say where: the developer needs it.
                Label w = Widgets.paragraph(skin, "small-muted", ui.t("print.writtenTo", where));
                w.setName(Elements.where(name));
                row.row();
                row.add(w).colspan(2).growX().padTop(6);
            }
        }
        return row;
    }

    private void start() {
        jobs.start(this::usable);
        runNext();
    }

    /** One job at a time, certificate first: the citizen sees each document's progress separately. */
    private void runNext() {
        Job next = jobs.next().orElse(null);
        ui.rebuild();
        if (next == null) {
            sayOutcome();
            return;
        }
        CitizenSession session = ui.sessions().session();
        // Everything the worker needs, taken now on the UI thread: a timeout may wipe the session meanwhile.
        PrintJob job = PrintJob.capture(session, item, record);
        var devices = ui.services().devices();
        DocumentMaker maker = ui.services().documents();
        DocumentPreviews previewsMaker = ui.previews();
        int columns = ui.services().settings().receipt().columns();
        float width = thumbnailHeight() / PAGE_RATIO;
        ui.work().run(() -> {
            if (next == Job.CERTIFICATE) {
                byte[] pdf = job.certificate(maker);
                preview(next, session, () -> previewsMaker.certificate(pdf, Math.round(width)));
                ui.uiThread().accept(() -> {
                    if (session.active()) {
                        session.data().keepDocument(pdf);
                        jobs.printing(next);
                        ui.rebuild();
                    }
                });
                return devices.documentPrinter().printPdf(pdf, item.code(), job.sessionId());
            }
            var receipt = job.receipt(maker);
            preview(next, session, () -> previewsMaker.receipt(receipt, columns, Math.round(width), Math.round(width * PAGE_RATIO)));
            ui.uiThread().accept(() -> {
                if (session.active()) {
                    jobs.printing(next);
                    ui.rebuild();
                }
            });
            return devices.receiptPrinter().printReceipt(receipt, job.sessionId());
        }, o -> {
            if (o.ok() && o.value().printed()) jobs.printed(next, o.value().where());
            else jobs.failed(next, errorKey(o));
            runNext();
        });
    }

    private static String errorKey(org.govkiosk.session.SessionWork.Outcome<PrintOutcome> o) {
        if (o.ok()) return o.value().result().citizenMessageKey();
        if (o.error() instanceof DocumentMaker.DocumentException de) return de.citizenMessageKey();
        if (o.error() instanceof DeviceException de && de.citizenMessageKey() != null) return de.citizenMessageKey();
        return "print.result.failed";
    }

    private void finish() {
        ui.sessions().moveTo(SessionStage.DONE);
        ui.show(new DoneScreen(ui));
    }

    @Override
    public PrimaryAction primaryAction() {
        return jobs.allDone() ? new PrimaryAction(Elements.PRINT_FINISH, ui.t("print.finish"), this::finish) : null;
    }

    @Override public boolean hasBack() { return !jobs.running(); }

    @Override
    public void back() {
        ui.sessions().moveTo(SessionStage.RESULT);
        ui.show(new ResultScreen(ui, item));
    }
}
