package org.govkiosk.ui.screen;

import com.badlogic.gdx.scenes.scene2d.ui.Label;
import com.badlogic.gdx.scenes.scene2d.ui.ScrollPane;
import com.badlogic.gdx.scenes.scene2d.ui.Skin;
import com.badlogic.gdx.scenes.scene2d.ui.Table;
import org.govkiosk.admin.SelfTest;
import org.govkiosk.admin.SelfTestReport;
import org.govkiosk.device.HealthReport;
import org.govkiosk.ui.MaintenanceWords;
import org.govkiosk.device.Device;
import org.govkiosk.device.DeviceStatus;
import org.govkiosk.device.HealthLevel;
import org.govkiosk.ui.Elements;
import org.govkiosk.ui.KioskScreen;
import org.govkiosk.ui.KioskUi;
import org.govkiosk.ui.widget.Widgets;

/**
 * Maintenance mode for the technician: every device's state, supplies and detail, its counters, a
 * self-test that talks to the hardware, and the way back to service. No citizen data can be here: the
 * session was ended and wiped before this screen opened.
 */
public final class AdminScreen extends KioskScreen {
    private final boolean defaultPin;
    private SelfTestReport report;
    private String reportError;
    private boolean testing;
    private final java.util.Map<String, DeviceRow> rows = new java.util.HashMap<>();

    /** One device's lines: a status change rewrites its two labels and nothing else (the list keeps its scroll). */
    private record DeviceRow(KioskUi ui, Device device, Label state, Label detail) {
        void show(Skin skin, DeviceStatus s) {
            state.setStyle(skin.get(s.usable() ? "body-ok" : "body-danger", Label.LabelStyle.class));
            state.setText(MaintenanceWords.status(ui, s));
            detail.setText(s.technicianDetail() + "  " + device.statistics().snapshot());
        }
    }

    @Override
    public void deviceStatusChanged(DeviceStatus status) {
        DeviceRow row = rows.get(status.deviceId());
        if (row != null) row.show(ui.skin(), status);
    }

    public AdminScreen(KioskUi ui, boolean defaultPin) {
        super(ui);
        this.defaultPin = defaultPin;
    }

    @Override public String name() { return "admin"; }

    /** The device list scrolls inside the screen; the buttons stay at the bottom whatever the self-test printed. */
    @Override public boolean scrolls() { return false; }

    @Override
    public void build(Table content) {
        Skin skin = ui.skin();
        content.top();
        content.add(Widgets.paragraph(skin, "title", ui.t("admin.title", ui.services().settings().identity().kioskId(),
                MaintenanceWords.kioskState(ui, ui.sessions().state())))).growX().row();
        if (defaultPin) {
            content.add(Widgets.paragraph(skin, "body-danger", ui.t("admin.defaultPin"))).growX().padTop(8).row();
        }
        // The technician sees what keeps the kiosk out of service, with the detail the citizen never sees.
        var reasons = ui.sessions().outOfServiceReasons();
        if (!reasons.isEmpty()) {
            Label why = Widgets.paragraph(skin, "body-danger", ui.t("admin.outOfService",
                    String.join("; ", reasons.stream().map(Object::toString).toList())));
            why.setName(Elements.ADMIN_OUT_OF_SERVICE);
            content.add(why).growX().padTop(8).row();
        }
        Table devices = new Table();
        devices.setName(Elements.ADMIN_DEVICES);
        devices.setBackground(skin.getDrawable("panel"));
        devices.pad(16, 24, 16, 24);
        devices.defaults().pad(4, 8, 4, 8).left().top();
        rows.clear();
        // A block per device (name and state on a line, the detail under it): three fixed columns did not fit
        // portrait or elder mode, and the detail's long tokens ran out of their column.
        for (Device d : ui.services().devices().all()) {
            DeviceStatus s = d.status();
            Label state = Widgets.paragraph(skin, "body", "");
            Label detail = Widgets.paragraph(skin, "small-muted", "");
            device(devices, skin, MaintenanceWords.kind(ui, d.kind()) + " · " + d.id(), state, detail);
            DeviceRow row = new DeviceRow(ui, d, state, detail);
            row.show(skin, s);
            rows.put(d.id(), row);
        }
        // The voice is not a DeviceSet device, but the technician must see why a kiosk is silent.
        var speech = ui.services().speech().status();
        Label speechState = Widgets.paragraph(skin, speech.available() ? "body-ok" : "body-danger",
                ui.t(speech.available() ? "admin.speech.available" : "admin.speech.unavailable"));
        Label speechDetail = Widgets.paragraph(skin, "small-muted", speech.detail() + "  " + ui.t("admin.speech.volume",
                ui.services().speech().volume()));
        speechDetail.setName(Elements.ADMIN_SPEECH);
        device(devices, skin, ui.t("admin.kind.speech"), speechState, speechDetail);
        if (report != null || reportError != null) {
            Table r = new Table();
            r.setName(Elements.ADMIN_REPORT);
            r.defaults().left().growX();
            if (report != null) {
                r.add(Widgets.paragraph(skin, report.allOk() ? "body-ok" : "body-danger", report.allOk()
                        ? ui.t("admin.selftest.allOk", report.took().toMillis())
                        : ui.t("admin.selftest.failures", report.failures().size(), report.devices().size()))).row();
                for (HealthReport h : report.devices()) {
                    r.add(Widgets.paragraph(skin, h.ok() ? "body" : "body-danger", ui.t(h.ok() ? "admin.selftest.ok" : "admin.selftest.fail",
                            MaintenanceWords.kind(ui, h.kind()), h.summary()))).padTop(6).row();
                    for (String line : h.details()) {
                        if (!line.isBlank()) r.add(Widgets.paragraph(skin, "small-muted", line)).padLeft(32).row();
                    }
                }
            } else {
                r.add(Widgets.paragraph(skin, "body-danger", reportError)).row();
            }
            devices.add(r).growX().colspan(2).padTop(16).row();
        }
        ScrollPane scroll = new ScrollPane(devices, skin);
        scroll.setName(Elements.ADMIN_SCROLL);
        scroll.setScrollingDisabled(true, false);
        scroll.setFadeScrollBars(false);
        content.add(scroll).grow().padTop(16).row();
        Table buttons = new Table();
        buttons.defaults().minHeight(ui.target()).pad(8).width(ui.fit(ui.target() * 4.5f));
        var test = Widgets.button(skin, "secondary", Elements.ADMIN_SELFTEST, ui.t(testing ? "admin.testing" : "admin.selftest"), this::selfTest);
        test.setDisabled(testing);
        buttons.add(test);
        if (ui.target() * 9 + 32 > ui.contentWidth()) buttons.row();
        buttons.add(Widgets.button(skin, "primary", Elements.ADMIN_EXIT, ui.t("admin.exit"), () -> {
            // The kiosk goes back to AVAILABLE, or stays out of service if a reason still holds; the UI follows.
            ui.sessions().leaveMaintenance();
        }));
        content.add(buttons).padTop(16).row();
    }

    private static void device(Table devices, Skin skin, String name, Label state, Label detail) {
        devices.add(Widgets.paragraph(skin, "body", name)).growX().padTop(10).row();
        devices.add(state).growX().padLeft(32).row();
        devices.add(detail).growX().padLeft(32).row();
    }

    private void selfTest() {
        testing = true;
        ui.rebuild();
        SelfTest t = new SelfTest(ui.services().devices().all(), ui.timers().selfTest());
        ui.work().run(() -> t.run(HealthLevel.EXTERNAL), o -> {
            testing = false;
            report = o.ok() ? o.value() : null;
            reportError = o.ok() ? null : String.valueOf(o.error());
            ui.rebuild();
        });
    }

    @Override
    public boolean hasExit() { return false; }
}
