package org.govkiosk.ui.screen;

import com.badlogic.gdx.scenes.scene2d.ui.Image;
import com.badlogic.gdx.scenes.scene2d.ui.Label;
import com.badlogic.gdx.scenes.scene2d.ui.Skin;
import com.badlogic.gdx.scenes.scene2d.ui.Table;
import java.util.Optional;
import org.govkiosk.catalog.ServiceItem;
import org.govkiosk.device.DeviceException;
import org.govkiosk.device.DeviceKind;
import org.govkiosk.device.DeviceStatus;
import org.govkiosk.device.idcard.CardListener;
import org.govkiosk.device.idcard.CardRejectedException;
import org.govkiosk.device.idcard.CardWatcher;
import org.govkiosk.device.idcard.IdCardData;
import org.govkiosk.device.idcard.IdCardReader;
import org.govkiosk.identity.IdAssurance;
import org.govkiosk.records.IdentifyRequest;
import org.govkiosk.session.CitizenSession;
import org.govkiosk.session.FaceCheck;
import org.govkiosk.session.SessionStage;
import org.govkiosk.session.StepUp;
import org.govkiosk.ui.Elements;
import org.govkiosk.ui.KioskScreen;
import org.govkiosk.ui.KioskUi;
import org.govkiosk.ui.widget.Widgets;

/**
 * An item needs a way of identifying she has not used yet in this visit (card and face): she adds it here without
 * starting again. "Back" returns her to the catalog exactly where she was; once the missing way is added, the item
 * opens. The checks themselves (same person's card, face matching her card) live in {@link StepUp}.
 */
public final class StepUpScreen extends KioskScreen {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(StepUpScreen.class);

    enum Mode { CARD, FACE_CONSENT, FACE_CAPTURE }

    private final ServiceItem item;
    private final KioskScreen from;
    private Mode mode;
    private String errorKey;
    private CardWatcher watcher;
    private boolean refusedCardIn;
    private LiveFaceCapture faceCapture;

    public StepUpScreen(KioskUi ui, ServiceItem item, KioskScreen from) {
        super(ui);
        this.item = item;
        this.from = from;
        this.mode = modeFor(StepUp.next(item.assurance(), ui.sessions().session().data().assurances()).orElseThrow());
    }

    private static Mode modeFor(StepUp.Need need) {
        return need == StepUp.Need.CARD ? Mode.CARD : Mode.FACE_CONSENT;
    }

    @Override public String name() { return Elements.STEP_UP; }

    @Override
    public String prompt() {
        return mode == Mode.FACE_CAPTURE && faceCapture != null ? ui.sentences(ui.t("identify.face.look"), faceCapture.prompt()) : null;
    }

    @Override
    public void shown() {
        if (mode == Mode.CARD) startWatching();
        if (mode == Mode.FACE_CONSENT) IdentifyScreen.prepareFace(ui);
    }

    @Override
    public void hidden() {
        stopWatching();
        stopFace();
    }

    private void startWatching() {
        IdCardReader reader = ui.services().devices().idCard();
        if (reader == null || watcher != null) return;
        watcher = CardWatcher.fromConfig(reader, ui.services().settings().idCard());
        watcher.start(cardListener);
    }

    private void stopWatching() {
        // stop() waits for the reader's current exchange: not on the UI thread.
        CardWatcher w = watcher;
        watcher = null;
        if (w != null) ui.work().fire(w::stop);
    }

    @Override
    public void build(Table content) {
        Skin skin = ui.skin();
        content.top();
        content.add(Widgets.centred(skin, "title", ui.t("stepUp.title", item.name().in(ui.locale())))).growX().row();
        if (errorKey != null) {
            Label err = Widgets.centred(skin, "body-danger", ui.t(errorKey));
            err.setName(Elements.STEP_UP_ERROR);
            content.add(err).growX().padTop(16).row();
        }
        switch (mode) {
            case CARD -> buildCard(content, skin);
            case FACE_CONSENT -> buildConsent(content, skin);
            case FACE_CAPTURE -> {
                Label l = Widgets.centred(skin, "body", ui.t("identify.face.look"));
                l.setName(Elements.STEP_UP_WAITING);
                content.add(l).growX().padTop(12).row();
                if (faceCapture != null) content.add(faceCapture.panel(null)).padTop(16).row();
            }
        }
    }

    private void buildCard(Table content, Skin skin) {
        content.add(Widgets.centred(skin, "body", ui.t("stepUp.card.why"))).growX().padTop(16).row();
        Table pictures = new Table();
        pictures.add(new Image(ui.illustrations().card())).size(200, 125).row();
        pictures.add(new Image(ui.illustrations().reader())).size(262, 56).padTop(8);
        content.add(pictures).padTop(24).row();
        DeviceStatus st = ui.services().devices().statusOf(DeviceKind.ID_CARD_READER);
        // A refused card is still in the reader: first it has to go, then hers can be read.
        Label l = st.usable() ? Widgets.centred(skin, "title", ui.t(refusedCardIn ? "stepUp.card.takeAway" : "stepUp.card.place"))
                : Widgets.centred(skin, "body-danger", ui.t("identify.unavailable", ui.t(st.citizenMessageKey())));
        l.setName(st.usable() ? Elements.STEP_UP_WAITING : Elements.unavailable(Elements.STEP_UP));
        content.add(l).growX().padTop(24).row();
    }

    private void buildConsent(Table content, Skin skin) {
        content.add(Widgets.centred(skin, "body", ui.t("stepUp.face.why"))).growX().padTop(16).row();
        Table box = new Table();
        box.setBackground(skin.getDrawable("panel"));
        box.pad(40);
        box.add(Widgets.paragraph(skin, "body", ui.t("identify.face.consent"))).width(ui.portrait() ? 900 : 1200).row();
        DeviceStatus st = ui.services().devices().statusOf(DeviceKind.CAMERA);
        if (!st.usable()) {
            Label why = Widgets.centred(skin, "body-danger", ui.t("identify.unavailable", ui.t(st.citizenMessageKey())));
            why.setName(Elements.unavailable(Elements.STEP_UP));
            box.add(why).growX().padTop(32).row();
        }
        content.add(box).padTop(24).row();
    }

    /** "I agree" sits in the bottom bar: in elder mode the consent text pushes anything below it out of sight. */
    @Override
    public PrimaryAction primaryAction() {
        if (mode != Mode.FACE_CONSENT || !ui.services().devices().statusOf(DeviceKind.CAMERA).usable()) return null;
        return new PrimaryAction(Elements.STEP_UP_FACE_AGREE, ui.t("identify.face.agree"), this::captureFace);
    }

    /** Only the widgets that show the device's state change; what she has done here stays. */
    @Override
    public void deviceStatusChanged(DeviceStatus status) {
        DeviceKind shown = mode == Mode.CARD ? DeviceKind.ID_CARD_READER : mode == Mode.FACE_CONSENT ? DeviceKind.CAMERA : null;
        if (status.kind() == shown) ui.rebuild();
    }

    @Override public boolean hasBack() { return mode != Mode.FACE_CAPTURE; }

    @Override
    public void back() {
        ui.show(from);
    }

    // ---- events from devices and workers: they count only while this screen is current in the same session ----

    private void onUi(CitizenSession session, Runnable r) {
        ui.uiThread().accept(() -> {
            if (ui.current() == this && session == ui.sessions().session() && session.active()) r.run();
        });
    }

    private final CardListener cardListener = new CardListener() {
        @Override
        public void cardRead(IdCardData card) {
            CitizenSession session = ui.sessions().session();
            if (session == null) {
                card.wipe();
                return;
            }
            ui.uiThread().accept(() -> {
                if (ui.current() != StepUpScreen.this || session != ui.sessions().session() || !session.active() || mode != Mode.CARD) {
                    card.wipe();
                    return;
                }
                ui.sessions().touch();
                settle(StepUp.addCard(session.data(), card));
            });
        }

        @Override
        public void readFailed(DeviceException error) {
            onUi(ui.sessions().session(), () -> {
                errorKey = error.citizenMessageKey() == null ? "identify.error.cardRead" : error.citizenMessageKey();
                // A refused card (expired, unreadable) stays in the reader until she lifts it.
                refusedCardIn = error instanceof CardRejectedException;
                log.info("step-up card read failed: {}", error.technicianDetail());
                ui.rebuild();
            });
        }

        @Override
        public void cardRemoved() {
            onUi(ui.sessions().session(), () -> {
                if (!refusedCardIn) return;
                refusedCardIn = false;
                errorKey = null;
                ui.rebuild();
            });
        }
    };

    private void captureFace() {
        CitizenSession session = ui.sessions().session();
        String number = StepUp.numberForFace(session.data());
        FaceCheck check = new FaceCheck(ui.services().devices().camera(), ui.services().devices().faceVerifier(),
                ui.services().records());
        stopFace();
        faceCapture = new LiveFaceCapture(ui);
        mode = Mode.FACE_CAPTURE;
        errorKey = null;
        ui.rebuild();
        ui.announcePrompt();
        var doc = session.data().card() != null ? session.data().card().document() : session.data().document();
        faceCapture.start(check, new IdentifyRequest(doc.type(), number, IdAssurance.FACE), v -> {
            if (ui.current() != this || session != ui.sessions().session() || !session.active()) return;
            settle(StepUp.addFace(session.data(), v));
        });
    }

    private void stopFace() {
        if (faceCapture != null) faceCapture.dispose();
        faceCapture = null;
    }

    private void settle(StepUp.Outcome outcome) {
        if (outcome instanceof StepUp.Refused r) {
            // Plain words for her, the reason for the technician; she stays here and may try again or go back.
            log.info("step-up refused: {} ({})", r.citizenMessageKey(), r.technicianDetail());
            errorKey = r.citizenMessageKey();
            if (mode == Mode.CARD) refusedCardIn = true;
            if (mode == Mode.FACE_CAPTURE) {
                stopFace();
                mode = Mode.FACE_CONSENT;
            }
            ui.rebuild();
            return;
        }
        log.info("step-up: {} added for {}", ((StepUp.Added) outcome).assurance(), item.code());
        stopFace();
        var data = ui.sessions().session().data();
        Optional<StepUp.Need> next = StepUp.next(item.assurance(), data.assurances());
        if (next.isPresent()) {
            Mode m = modeFor(next.get());
            errorKey = null;
            if (m != Mode.CARD) stopWatching();
            mode = m;
            if (m == Mode.CARD) startWatching();
            if (m == Mode.FACE_CONSENT) IdentifyScreen.prepareFace(ui);
            ui.rebuild();
            return;
        }
        data.currentItem(item.code());
        ui.sessions().moveTo(SessionStage.RESULT);
        ui.show(new ResultScreen(ui, item));
    }
}
