package org.govkiosk.ui.screen;

import com.badlogic.gdx.scenes.scene2d.ui.Skin;
import com.badlogic.gdx.scenes.scene2d.ui.Table;
import com.badlogic.gdx.scenes.scene2d.ui.Label;
import java.util.List;
import org.govkiosk.session.AvailabilityPolicy;
import org.govkiosk.ui.Elements;
import org.govkiosk.ui.KioskScreen;
import org.govkiosk.ui.KioskUi;
import org.govkiosk.ui.widget.Widgets;

/** Shown while the kiosk cannot serve anyone; says every reason in plain words and where else to go. */
public final class OutOfServiceScreen extends KioskScreen {
    public OutOfServiceScreen(KioskUi ui) {
        super(ui);
    }

    @Override public String name() { return "outOfService"; }

    @Override
    public String prompt() {
        List<AvailabilityPolicy.Reason> reasons = ui.sessions().outOfServiceReasons();
        return ui.sentences(ui.t("kiosk.outOfService.title"),
                ui.t(reasons.isEmpty() ? "kiosk.outOfService.hardware" : reasons.get(0).kind().citizenMessageKey()));
    }

    @Override
    public void build(Table content) {
        Skin skin = ui.skin();
        content.add(Widgets.centred(skin, "huge", ui.t("kiosk.outOfService.title"))).growX().row();
        // Every reason that holds, in plain words; the technician's detail is in the log and the maintenance screen.
        List<AvailabilityPolicy.Reason> reasons = ui.sessions().outOfServiceReasons();
        int n = 0;
        for (AvailabilityPolicy.Reason r : reasons) {
            Label l = Widgets.centred(skin, "title", ui.t(r.kind().citizenMessageKey()));
            l.setName(Elements.outOfServiceReason(r.kind().name()));
            content.add(l).growX().padTop(n++ == 0 ? 32 : 12).row();
        }
        if (reasons.isEmpty()) content.add(Widgets.centred(skin, "title", ui.t("kiosk.outOfService.hardware"))).growX().padTop(32).row();
        // Where else she can go now, not only that this kiosk cannot serve her.
        boolean en = ui.locale().getLanguage().equals("en");
        content.add(Widgets.centred(skin, "title", ui.services().settings().identity().alternative(ui.locale())))
                .growX().padTop(32).row();
        content.add(Widgets.centred(skin, "body", ui.t("attract.helpPhone", ui.services().settings().identity().helpPhone())))
                .growX().padTop(32).row();
    }
}
