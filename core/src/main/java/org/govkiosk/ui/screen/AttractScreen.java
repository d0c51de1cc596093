package org.govkiosk.ui.screen;

import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.scenes.scene2d.InputEvent;
import com.badlogic.gdx.scenes.scene2d.actions.Actions;
import com.badlogic.gdx.scenes.scene2d.ui.Image;
import com.badlogic.gdx.scenes.scene2d.ui.Label;
import com.badlogic.gdx.scenes.scene2d.ui.Skin;
import com.badlogic.gdx.scenes.scene2d.ui.Table;
import com.badlogic.gdx.scenes.scene2d.ui.TextButton;
import com.badlogic.gdx.scenes.scene2d.utils.ClickListener;
import org.govkiosk.catalog.Category;
import org.govkiosk.ui.Elements;
import org.govkiosk.ui.KioskScreen;
import org.govkiosk.ui.KioskUi;
import org.govkiosk.ui.widget.Widgets;

/** Idle screen: what this kiosk offers, who to call, and one big "touch to start". */
public final class AttractScreen extends KioskScreen {
    private volatile boolean stopped;
    private Thread look;

    @Override
    public void shown() {
        stopped = false;
        var reader = ui.services().devices().idCard();
        if (reader == null || look != null && look.isAlive()) return;
        look = new Thread(() -> watchForCard(reader), "attract-card-look");
        look.setDaemon(true);
        look.start();
    }

    @Override
    public void hidden() { stopped = true; }

    /**
     * A card placed on the reader starts her visit, as people expect. Only a card that arrives counts: one left
     * behind by someone else (already there at the first look) never logs the next person in. The reader is asked
     * on this screen's own thread at {@code idcard.attractPoll}, not from frames: between visits frames come only
     * every few seconds (issue 15, idle CPU), and a card placed should start the visit at once. Nothing is drawn
     * until a card arrives. The thread is not interrupted when the screen goes: an interrupted serial exchange
     * marks the reader offline; it ends after its current look.
     */
    private void watchForCard(org.govkiosk.device.idcard.IdCardReader reader) {
        long pause = ui.services().settings().idCard().attractPoll().toMillis();
        Boolean cardThere = null;
        while (!stopped) {
            if (!ui.sessions().inSession()) {
                try {
                    boolean now = reader.cardPresent();
                    if (Boolean.FALSE.equals(cardThere) && now) {
                        ui.uiThread().accept(() -> {
                            if (ui.current() == this && !stopped && !ui.sessions().inSession()) ui.startSession();
                        });
                    }
                    cardThere = now;
                } catch (Exception e) {
                    // The reader's own status listener reports a reader that went away; the next look tries again.
                }
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    public AttractScreen(KioskUi ui) {
        super(ui);
    }

    @Override public String name() { return "attract"; }

    @Override
    public String prompt() {
        return ui.sentences(ui.t("attract.welcome"), ui.t("speech.attract"));
    }

    @Override
    public void build(Table content) {
        Skin skin = ui.skin();
        boolean en = ui.locale().getLanguage().equals("en");
        content.defaults().growX();
        content.add(Widgets.centred(skin, "huge", ui.t("attract.welcome"))).padTop(16).row();
        content.add(Widgets.centred(skin, "body-muted", ui.t("attract.subtitle"))).padTop(8).row();
        if (!ui.operatorNotice().isEmpty()) {
            content.add(Widgets.centred(skin, "body-danger", ui.operatorNotice())).padTop(16).row();
        }

        TextButton start = Widgets.button(skin, "primary", Elements.ATTRACT_START, ui.t("attract.start"), ui::startSession);
        // A few pulses when the screen appears, then still: a pulse for ever kept the kiosk drawing 60 frames a
        // second between visits (issue 15, idle CPU).
        ui.animate(start, Actions.repeat(3, Actions.sequence(Actions.color(new Color(0.85f, 0.9f, 1f, 1f), 1.2f),
                Actions.color(Color.WHITE, 1.2f))));
        // For someone who cannot read the screen: one large button right next to the one everybody looks at (beside
        // it in landscape, where a row more would push the screen into scrolling; under it in portrait).
        TextButton speech = Widgets.button(skin, ui.speechMode() ? "primary" : "secondary", Elements.ATTRACT_SPEECH,
                ui.t(ui.speechMode() ? "speech.mode.buttonOn" : "speech.mode.button"), ui::toggleSpeechMode);
        if (ui.portrait()) {
            content.add(start).width(ui.target() * 9).height(ui.target() * 2).expandX().fill(false).padTop(40).row();
            content.add(speech).width(ui.target() * 6).height(ui.target() * 1.3f).expandX().fill(false).padTop(24).row();
        } else {
            Table row = new Table();
            row.add(start).width(ui.target() * 9).height(ui.target() * 2);
            row.add(speech).width(ui.target() * 5).height(ui.target() * 2).padLeft(32);
            content.add(row).expandX().fill(false).padTop(40).row();
        }

        // Where the card goes: placing it is enough to begin (the reader is watched on this screen).
        if (ui.services().devices().idCard() != null) {
            Table card = new Table();
            Image picture = new Image(ui.illustrations().card());
            Image reader = new Image(ui.illustrations().reader());
            Table pic = new Table();
            pic.add(picture).size(120, 75).row();
            pic.add(reader).size(157, 34).padTop(4);
            card.add(pic).padRight(24);
            card.add(Widgets.paragraph(skin, "body", ui.t("attract.placeCard"))).width(Math.min(ui.contentWidth() - 220, 640));
            content.add(card).expandX().fill(false).padTop(ui.portrait() ? 40 : 24).row();
        }
        content.add(Widgets.centred(skin, "body-muted", ui.t("attract.servicesOnOffer",
                ui.services().catalog().all().size()))).padTop(40).row();
        // Elder mode keeps the screen simple (适老化): the big button and who to call, no category list.
        if (!ui.elder()) {
            // Chips flow into as many centred lines as their words need: English names are twice as wide.
            Table cats = new Table();
            cats.setName(Elements.ATTRACT_CATEGORIES);
            Table line = null;
            float used = 0;
            float room = ui.contentWidth() - 32;
            for (Category c : ui.services().catalog().categories()) {
                Table chip = new Table();
                chip.setBackground(skin.getDrawable("plain"));
                chip.add(new com.badlogic.gdx.scenes.scene2d.ui.Image(ui.illustrations().categoryIcon(c.code(), ui.theme().palette())))
                        .size(40).padLeft(16);
                chip.add(Widgets.label(skin, "button", c.name().in(ui.locale()))).pad(8, 12, 8, 20);
                float w = chip.getPrefWidth() + 16;
                if (line == null || used + w > room) {
                    line = new Table();
                    line.defaults().pad(8).minHeight(ui.target() * 0.8f);
                    cats.add(line).row();
                    used = 0;
                }
                line.add(chip);
                used += w;
            }
            content.add(cats).padTop(8).row();
        }

        content.add().expandY().row();
        String hours = ui.services().settings().identity().assistantHours(ui.locale());
        content.add(Widgets.centred(skin, "body", hours)).row();
        content.add(Widgets.centred(skin, "body", ui.t("attract.helpPhone", ui.services().settings().identity().helpPhone())))
                .padTop(8).row();
        content.add(Widgets.button(skin, "secondary", Elements.ATTRACT_VERIFY, ui.t("attract.verify"),
                () -> ui.show(new VerifyDocumentScreen(ui)))).width(ui.target() * 6).minHeight(ui.target())
                .expandX().fill(false).padTop(24).row();

        // The whole screen starts a session, not just the button: people tap where they look.
        content.setTouchable(com.badlogic.gdx.scenes.scene2d.Touchable.enabled);
        content.addListener(new ClickListener() {
            @Override
            public void clicked(InputEvent event, float x, float y) {
                if (event.getTarget() == content) ui.startSession();
            }
        });
    }
}
