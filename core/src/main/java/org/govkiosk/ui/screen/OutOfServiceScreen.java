package org.govkiosk.ui.screen;

import com.badlogic.gdx.scenes.scene2d.ui.Skin;
import com.badlogic.gdx.scenes.scene2d.ui.Table;
import org.govkiosk.session.OutOfServiceReason;
import org.govkiosk.ui.KioskScreen;
import org.govkiosk.ui.KioskUi;
import org.govkiosk.ui.widget.Widgets;

/** Shown while the kiosk cannot serve anyone; says why in plain words and where else to go. */
public final class OutOfServiceScreen extends KioskScreen {
    public OutOfServiceScreen(KioskUi ui) {
        super(ui);
    }

    @Override public String name() { return "outOfService"; }

    @Override
    public String prompt() {
        OutOfServiceReason r = ui.sessions().outOfServiceReason();
        return ui.sentences(ui.t("kiosk.outOfService.title"), ui.t(r == null ? "kiosk.outOfService.hardware" : r.citizenMessageKey()));
    }

    @Override
    public void build(Table content) {
        Skin skin = ui.skin();
        OutOfServiceReason r = ui.sessions().outOfServiceReason();
        content.add(Widgets.centred(skin, "huge", ui.t("kiosk.outOfService.title"))).growX().row();
        content.add(Widgets.centred(skin, "title", ui.t(r == null ? "kiosk.outOfService.hardware" : r.citizenMessageKey())))
                .growX().padTop(32).row();
        content.add(Widgets.centred(skin, "body", ui.t("attract.helpPhone", ui.services().config().string("help.phone"))))
                .growX().padTop(32).row();
    }
}
