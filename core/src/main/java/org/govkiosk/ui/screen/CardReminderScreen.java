package org.govkiosk.ui.screen;

import com.badlogic.gdx.scenes.scene2d.actions.Actions;
import com.badlogic.gdx.scenes.scene2d.ui.Image;
import com.badlogic.gdx.scenes.scene2d.ui.Label;
import com.badlogic.gdx.scenes.scene2d.ui.Skin;
import com.badlogic.gdx.scenes.scene2d.ui.Table;
import org.govkiosk.device.idcard.IdCardReader;
import org.govkiosk.device.indicator.Indicators;
import org.govkiosk.session.Countdown;
import org.govkiosk.ui.Elements;
import org.govkiosk.ui.KioskScreen;
import org.govkiosk.ui.KioskUi;
import org.govkiosk.ui.Motion;
import org.govkiosk.ui.widget.Widgets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After every end of a visit (exit, done, timeout, an error), before the next citizen: if a card is still in the
 * reader, she is told to take it (large words, the card lifting off the reader, the amber light, and aloud) and the
 * kiosk waits for it; without a card it goes straight on. Her data is already wiped: nothing of her visit is shown.
 * A card nobody takes is given up after {@code idcard.reminderTimeout}, so an abandoned card cannot block the kiosk.
 */
public final class CardReminderScreen extends KioskScreen {
    private static final Logger log = LoggerFactory.getLogger(CardReminderScreen.class);

    private final Runnable next;
    private final Countdown poll;
    private final Countdown giveUp;
    private boolean cardThere;
    private boolean asked;
    private boolean inFlight;

    /** @param next what comes after the card is gone (the attract screen, or maintenance) */
    public CardReminderScreen(KioskUi ui, Runnable next) {
        super(ui);
        this.next = next;
        this.poll = ui.timers().start(ui.timers().cardRemovalPoll());
        this.giveUp = ui.timers().start(ui.services().settings().timers().cardReminder());
    }

    @Override public String name() { return "takeCard"; }

    @Override public String prompt() { return cardThere ? ui.t("takeCard.title") + " " + ui.t("takeCard.body") : null; }

    @Override public boolean hasExit() { return false; }

    @Override
    public void build(Table content) {
        Skin skin = ui.skin();
        if (!cardThere) {
            // The moment between her leaving and the reader's answer: a quiet goodbye, nothing of her visit.
            content.add(Widgets.centred(skin, "title", ui.t("takeCard.goodbye"))).growX().row();
            return;
        }
        Label title = Widgets.centred(skin, "huge-danger", ui.t("takeCard.title"));
        title.setName(Elements.TAKE_CARD);
        content.add(title).growX().row();
        Table picture = new Table();
        Image card = new Image(ui.illustrations().card());
        Image reader = new Image(ui.illustrations().reader());
        // The card lifts off the reader, again and again: take it.
        card.addAction(Motion.forever(Actions.sequence(Actions.moveBy(0, 60, 0.9f), Actions.delay(0.5f),
                Actions.moveBy(0, -60, 0.01f), Actions.delay(0.4f))));
        picture.add(card).size(240, 150).padBottom(70).row();
        picture.add(reader).size(314, 67);
        content.add(picture).padTop(40).row();
        content.add(Widgets.centred(skin, "title", ui.t("takeCard.body"))).growX().padTop(40).row();
    }

    @Override
    public void shown() {
        check();
    }

    @Override
    public void hidden() {
        // Back to green only from our own amber: out of service (red) or maintenance set their own light.
        if (cardThere && ui.sessions().state() == org.govkiosk.session.KioskState.AVAILABLE) light(false);
    }

    @Override
    public void update(float delta) {
        if (cardThere && giveUp.expired()) {
            log.warn("an ID card was left in the reader and not taken within the reminder time: back to service");
            done();
            return;
        }
        if (poll.expired()) check();
    }

    private void check() {
        IdCardReader reader = ui.services().devices().idCard();
        if (reader == null || !ui.usable(org.govkiosk.device.DeviceKind.ID_CARD_READER)) {
            done();
            return;
        }
        if (inFlight) return;
        inFlight = true;
        poll.restart();
        ui.work().run(reader::cardPresent, o -> {
            inFlight = false;
            if (ui.current() != this) return;
            boolean present = o.ok() && o.value();
            if (!present) {
                done();
            } else if (!cardThere) {
                cardThere = true;
                light(true);
                ui.rebuild();
                if (!asked) {
                    asked = true;
                    ui.announcePrompt();
                }
            }
        });
    }

    private void light(boolean on) {
        Indicators ind = ui.services().devices().indicators();
        if (ind == null) return;
        Indicators.Light l = on ? Indicators.Light.AMBER : Indicators.Light.GREEN;
        ui.work().fire(() -> ind.setStatusLight(l));
    }

    private void done() {
        if (ui.current() != this) return;
        next.run();
    }
}
