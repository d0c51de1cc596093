package org.govkiosk.ui.screen;

import com.badlogic.gdx.scenes.scene2d.ui.Label;
import com.badlogic.gdx.scenes.scene2d.ui.Skin;
import com.badlogic.gdx.scenes.scene2d.ui.Table;
import org.govkiosk.device.idcard.IdCardReader;
import org.govkiosk.session.Countdown;
import org.govkiosk.session.EndReason;
import org.govkiosk.session.SessionStage;
import org.govkiosk.ui.Elements;
import org.govkiosk.ui.KioskScreen;
import org.govkiosk.ui.KioskUi;
import org.govkiosk.ui.widget.Widgets;

/**
 * Thank you, take your card. When she used her ID card the screen waits for it to be lifted (checked
 * off the UI thread), then says goodbye; it also ends by itself after {@code session.doneScreen}.
 */
public final class DoneScreen extends KioskScreen {
    private final boolean usedCard;
    private final Countdown ends;
    private final Countdown poll;
    private boolean pollInFlight;
    private boolean cardGone;

    public DoneScreen(KioskUi ui) {
        super(ui);
        this.usedCard = ui.sessions().session().data().card() != null;
        this.ends = ui.timers().start(ui.sessions().policy().doneScreen());
        this.poll = ui.timers().start(ui.timers().cardRemovalPoll());
    }

    @Override public String name() { return "done"; }

    @Override
    public String prompt() {
        return ui.sentences(ui.t("done.thanks"), usedCard ? ui.t("done.takeCard") : null, ui.t("done.forget"));
    }

    @Override
    public void build(Table content) {
        Skin skin = ui.skin();
        content.add(Widgets.centred(skin, "huge", ui.t("done.thanks"))).growX().row();
        if (usedCard && !cardGone) {
            Label take = Widgets.centred(skin, "title-danger", ui.t("done.takeCard"));
            take.setName(Elements.DONE_TAKE_CARD);
            content.add(take).growX().padTop(40).row();
        }
        content.add(Widgets.centred(skin, "body", ui.t("done.forget"))).growX().padTop(24).row();
        Table buttons = new Table();
        buttons.defaults().height(ui.target() * 1.2f).pad(16).width(ui.fit(ui.target() * 5));
        buttons.add(Widgets.button(skin, "secondary", Elements.DONE_ANOTHER, ui.t("done.another"), () -> {
            ui.sessions().moveTo(SessionStage.BROWSE);
            ui.show(new CatalogScreen(ui));
        }));
        if (ui.target() * 10 + 64 > ui.contentWidth()) buttons.row();
        buttons.add(Widgets.button(skin, "primary", Elements.DONE_FINISH, ui.t("done.finish"), () -> ui.sessions().end(EndReason.DONE)));
        content.add(buttons).padTop(48).row();
    }

    @Override
    public boolean hasExit() { return false; }

    @Override
    public void update(float delta) {
        if (ends.expired()) {
            ui.sessions().end(EndReason.DONE);
            return;
        }
        IdCardReader reader = ui.services().devices().idCard();
        if (!usedCard || cardGone || reader == null || pollInFlight) return;
        if (!poll.expired()) return;
        poll.restart();
        pollInFlight = true;
        ui.work().run(reader::cardPresent, o -> {
            pollInFlight = false;
            // Frames are drawn on demand: without this the next poll would wait for the session heartbeat.
            if (o.ok() && o.value()) ui.requestFrameIn(ui.timers().cardRemovalPoll());
            if (o.ok() && !o.value()) {
                cardGone = true;
                // She has her card and her papers: nothing is left to do, so the kiosk forgets her now.
                ui.sessions().end(EndReason.DONE);
            }
        });
    }
}
