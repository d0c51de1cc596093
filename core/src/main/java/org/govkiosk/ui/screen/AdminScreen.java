package org.govkiosk.ui.screen;

import com.badlogic.gdx.scenes.scene2d.ui.Label;
import com.badlogic.gdx.scenes.scene2d.ui.ScrollPane;
import com.badlogic.gdx.scenes.scene2d.ui.Skin;
import com.badlogic.gdx.scenes.scene2d.ui.Table;
import org.govkiosk.admin.SelfTest;
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
    private String report;
    private boolean testing;
    private final java.util.Map<String, DeviceRow> rows = new java.util.HashMap<>();

    /** One device's line: a status change rewrites its two labels and nothing else (the list keeps its scroll). */
    private record DeviceRow(Device device, Label state, Label detail) {
        void show(Skin skin, DeviceStatus s) {
            state.setStyle(skin.get(s.usable() ? "body-ok" : "body-danger", Label.LabelStyle.class));
            state.setText(s.state() + " " + s.supplies());
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

    @Override
    public void build(Table content) {
        Skin skin = ui.skin();
        content.top();
        content.add(Widgets.paragraph(skin, "title", ui.t("admin.title", ui.services().settings().identity().kioskId(),
                ui.sessions().state()))).growX().row();
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
        for (Device d : ui.services().devices().all()) {
            DeviceStatus s = d.status();
            devices.add(Widgets.label(skin, "body", d.id())).width(300);
            Label state = Widgets.label(skin, "body", "");
            Label detail = Widgets.paragraph(skin, "small-muted", "");
            devices.add(state).width(380);
            devices.add(detail).growX().row();
            DeviceRow row = new DeviceRow(d, state, detail);
            row.show(skin, s);
            rows.put(d.id(), row);
        }
        // The voice is not a DeviceSet device, but the technician must see why a kiosk is silent.
        var speech = ui.services().speech().status();
        devices.add(Widgets.label(skin, "body", "speech")).width(300);
        devices.add(Widgets.label(skin, speech.available() ? "body-ok" : "body-danger", speech.available() ? "AVAILABLE" : "UNAVAILABLE")).width(380);
        Label speechDetail = Widgets.paragraph(skin, "small-muted", speech.detail() + "  volume " + ui.services().speech().volume() + "%");
        speechDetail.setName(Elements.ADMIN_SPEECH);
        devices.add(speechDetail).growX().row();
        ScrollPane scroll = new ScrollPane(devices, skin);
        scroll.setScrollingDisabled(true, false);
        content.add(scroll).grow().padTop(16).row();
        if (report != null) {
            Label r = Widgets.paragraph(skin, "small", report);
            r.setName(Elements.ADMIN_REPORT);
            content.add(r).growX().padTop(12).row();
        }
        Table buttons = new Table();
        buttons.defaults().height(ui.target()).pad(8).width(ui.target() * 4.5f);
        var test = Widgets.button(skin, "secondary", Elements.ADMIN_SELFTEST, ui.t(testing ? "admin.testing" : "admin.selftest"), this::selfTest);
        test.setDisabled(testing);
        buttons.add(test);
        buttons.add(Widgets.button(skin, "primary", Elements.ADMIN_EXIT, ui.t("admin.exit"), () -> {
            // The kiosk goes back to AVAILABLE, or stays out of service if a reason still holds; the UI follows.
            ui.sessions().leaveMaintenance();
        }));
        content.add(buttons).padTop(16).row();
    }

    private void selfTest() {
        testing = true;
        ui.rebuild();
        SelfTest t = new SelfTest(ui.services().devices().all(), ui.timers().selfTest());
        ui.work().run(() -> t.run(HealthLevel.EXTERNAL), o -> {
            testing = false;
            report = o.ok() ? o.value().toText() : String.valueOf(o.error());
            ui.rebuild();
        });
    }

    @Override
    public boolean hasExit() { return false; }
}
