package org.govkiosk.ui;

import com.badlogic.gdx.scenes.scene2d.Actor;
import com.badlogic.gdx.scenes.scene2d.Touchable;
import com.badlogic.gdx.scenes.scene2d.ui.Label;
import com.badlogic.gdx.scenes.scene2d.ui.Skin;
import com.badlogic.gdx.scenes.scene2d.ui.Table;
import com.badlogic.gdx.scenes.scene2d.ui.TextButton;
import org.govkiosk.session.Countdown;
import org.govkiosk.session.EndReason;
import org.govkiosk.ui.widget.Widgets;

/**
 * "Do you need more time?" with a visible countdown. Its buttons ignore taps for a moment after it
 * appears, so a double tap meant for the screen below cannot end the session by accident.
 */
final class TimeoutOverlay {

    private final KioskUi ui;
    private final boolean extendable;
    private Table root;
    private Label countdown;
    private TextButton more;
    private TextButton end;
    /** Taps are ignored until this runs out ({@code session.warningGuard}, on the session clock). */
    private final Countdown guard;
    private boolean guarded = true;
    private long seconds;

    TimeoutOverlay(KioskUi ui, boolean extendable) {
        this.ui = ui;
        this.extendable = extendable;
        this.guard = ui.timers().start(ui.timers().warningGuard());
    }

    void attach() {
        Skin skin = ui.skin();
        root = new Table();
        root.setName(Elements.TIMEOUT_OVERLAY);
        root.setFillParent(true);
        root.setTouchable(Touchable.enabled);
        root.setBackground(skin.getDrawable("dim"));
        Table box = new Table();
        box.setBackground(skin.getDrawable("warning"));
        box.pad(56);
        float w = ui.fit(1000) - 112;
        box.add(Widgets.centred(skin, "title", ui.t(extendable ? "timeout.title" : "timeout.finalTitle"))).width(w).row();
        countdown = Widgets.centred(skin, "huge", "");
        countdown.setName(Elements.TIMEOUT_COUNTDOWN);
        box.add(countdown).width(w).padTop(24).row();
        box.add(Widgets.centred(skin, "body", ui.t(extendable ? "timeout.body" : "timeout.finalBody"))).width(w).padTop(12).row();
        Table buttons = new Table();
        buttons.defaults().height(ui.target() * 1.3f).pad(0, 24, 0, 24);
        // Side by side when both fit the box, otherwise "more time" above "end now".
        boolean stack = ui.target() * 9.5f + 96 > w;
        if (extendable) {
            more = Widgets.button(skin, "primary", Elements.TIMEOUT_EXTEND, ui.t("timeout.extend"), () -> ui.sessions().touch());
            buttons.add(more).width(stack ? w - 48 : ui.target() * 6);
            if (stack) buttons.row();
        }
        end = Widgets.button(skin, "secondary", Elements.TIMEOUT_END, ui.t("timeout.end"), () -> ui.sessions().end(EndReason.CANCELLED));
        buttons.add(end).width(stack ? w - 48 : ui.target() * 3.5f).padTop(stack && extendable ? 24 : 0);
        box.add(buttons).padTop(40);
        root.add(box);
        guard(guarded);
        secondsLeft(seconds);
        ui.stage().addActor(root);
    }

    void secondsLeft(long s) {
        seconds = s;
        if (countdown != null) countdown.setText(ui.t("timeout.seconds", s));
    }

    void update(float delta) {
        if (guarded && guard.expired()) {
            guarded = false;
            guard(false);
        }
    }

    private void guard(boolean on) {
        if (more != null) more.setDisabled(on);
        end.setDisabled(on);
    }

    boolean contains(Actor a) {
        for (Actor x = a; x != null; x = x.getParent()) if (x == root) return true;
        return false;
    }

    void detach() {
        if (root != null) root.remove();
    }
}
