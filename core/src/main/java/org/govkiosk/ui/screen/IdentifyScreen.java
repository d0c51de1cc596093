package org.govkiosk.ui.screen;

import com.badlogic.gdx.scenes.scene2d.actions.Actions;
import com.badlogic.gdx.scenes.scene2d.ui.Container;
import com.badlogic.gdx.scenes.scene2d.ui.Image;
import com.badlogic.gdx.scenes.scene2d.ui.Label;
import com.badlogic.gdx.scenes.scene2d.ui.Skin;
import com.badlogic.gdx.scenes.scene2d.ui.Table;
import com.badlogic.gdx.scenes.scene2d.ui.TextButton;
import com.badlogic.gdx.scenes.scene2d.ui.WidgetGroup;
import java.util.EnumMap;
import java.util.Map;
import org.govkiosk.device.DeviceException;
import org.govkiosk.device.DeviceKind;
import org.govkiosk.device.DeviceStatus;
import org.govkiosk.device.idcard.CardListener;
import org.govkiosk.device.idcard.CardWatcher;
import org.govkiosk.device.idcard.IdCardData;
import org.govkiosk.device.idcard.IdCardReader;
import org.govkiosk.device.scanner.QrScanner;
import org.govkiosk.identity.DocumentType;
import org.govkiosk.identity.IdAssurance;
import org.govkiosk.identity.IdentityDocument;
import org.govkiosk.records.CitizenRef;
import org.govkiosk.records.GatewayResult;
import org.govkiosk.records.IdentifyRequest;
import org.govkiosk.session.FaceCheck;
import org.govkiosk.session.SessionStage;
import org.govkiosk.ui.Elements;
import org.govkiosk.ui.KioskScreen;
import org.govkiosk.ui.KioskUi;
import org.govkiosk.ui.widget.NumericKeypad;
import org.govkiosk.ui.widget.Widgets;

/**
 * "Who are you?": ID card (read as soon as it is placed), face (consent, typed number, 1:1 match) or the
 * government app's code. A device that is missing or faulty shows why; the other ways stay usable.
 */
public final class IdentifyScreen extends KioskScreen {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(IdentifyScreen.class);
    enum Mode { CHOOSE, FACE_CONSENT, FACE_NUMBER, FACE_CAPTURE, APP_CODE, CHECKING }

    private Mode mode = Mode.CHOOSE;
    private String errorKey;
    private final StringBuilder typedNumber = new StringBuilder();
    private CardWatcher watcher;
    private final Map<DeviceKind, Container<Table>> options = new EnumMap<>(DeviceKind.class);
    private LiveFaceCapture faceCapture;

    public IdentifyScreen(KioskUi ui) {
        super(ui);
    }

    @Override public String name() { return "identify"; }

    @Override
    public String prompt() {
        return switch (mode) {
            case CHOOSE -> {
                java.util.List<String> parts = new java.util.ArrayList<>(java.util.List.of(ui.t("identify.title")));
                String[][] ways = {{"identify.idcard.title", "identify.idcard.hint"}, {"identify.face.title", "identify.face.hint"},
                        {"identify.app.title", "identify.app.hint"}};
                DeviceKind[] kinds = {DeviceKind.ID_CARD_READER, DeviceKind.CAMERA, DeviceKind.QR_SCANNER};
                for (int i = 0; i < ways.length; i++) {
                    if (ui.usable(kinds[i])) parts.add(ui.t("speech.identify.way", ui.t(ways[i][0]), ui.t(ways[i][1])));
                }
                yield ui.sentences(parts.toArray(String[]::new));
            }
            case FACE_CONSENT -> ui.t("identify.face.consent");
            case FACE_NUMBER -> ui.t("identify.face.typeNumber");
            case FACE_CAPTURE -> faceCapture == null ? ui.t("identify.face.look")
                    : ui.sentences(ui.t("identify.face.look"), faceCapture.prompt());
            case APP_CODE -> ui.t("identify.app.show");
            case CHECKING -> ui.t("identify.checking");
        };
    }

    @Override
    public void shown() {
        IdCardReader reader = ui.services().devices().idCard();
        if (reader != null) {
            watcher = CardWatcher.fromConfig(reader, ui.services().settings().idCard());
            watcher.start(cardListener);
        }
        QrScanner scanner = ui.services().devices().scanner();
        if (scanner != null) {
            scanner.setPayloadListener(p -> ui.uiThread().accept(() -> appCodeScanned(p)));
        }
    }

    @Override
    public void hidden() {
        // stop() waits for the reader's current exchange: not on the UI thread.
        CardWatcher w = watcher;
        watcher = null;
        if (w != null) ui.work().fire(w::stop);
        QrScanner scanner = ui.services().devices().scanner();
        if (scanner != null) scanner.setPayloadListener(null);
        stopFace();
        wipeTyped();
    }

    @Override
    public void build(Table content) {
        Skin skin = ui.skin();
        content.top();
        int span = ui.portrait() ? 1 : 3;
        content.add(Widgets.centred(skin, "title", ui.t("identify.title"))).growX().colspan(span).row();
        if (errorKey != null) {
            Label err = Widgets.centred(skin, "body-danger", ui.t(errorKey));
            err.setName(Elements.IDENTIFY_ERROR);
            content.add(err).growX().colspan(span).padTop(16).row();
        }
        switch (mode) {
            case CHOOSE -> buildChoose(content, skin);
            case FACE_CONSENT -> buildConsent(content, skin);
            case FACE_NUMBER -> buildNumber(content, skin);
            case FACE_CAPTURE -> buildCapture(content, skin);
            case APP_CODE -> buildWaiting(content, skin, "identify.app.show", ui.illustrations().phone());
            case CHECKING -> buildWaiting(content, skin, "identify.checking", null);
        }
    }

    private void buildChoose(Table content, Skin skin) {
        // Landscape: three columns. Portrait: three rows, so each way keeps its full width.
        boolean portrait = ui.portrait();
        float w = portrait ? ui.stage().getViewport().getWorldWidth() - 96 : ui.target() * 5.2f;
        content.defaults().pad(portrait ? 10 : 20).top();
        options.clear();
        for (DeviceKind kind : new DeviceKind[] {DeviceKind.ID_CARD_READER, DeviceKind.CAMERA, DeviceKind.QR_SCANNER}) {
            Container<Table> cell = new Container<>(option(skin, kind)).fill();
            options.put(kind, cell);
            content.add(cell).width(w).growY();
            if (portrait) content.row();
        }
        content.row();
    }

    private Table option(Skin skin, DeviceKind kind) {
        return switch (kind) {
            case ID_CARD_READER -> option(skin, Elements.IDENTIFY_IDCARD, "identify.idcard.title", "identify.idcard.hint", kind,
                    cardIllustration(), () -> { });
            case CAMERA -> option(skin, Elements.IDENTIFY_FACE, "identify.face.title", "identify.face.hint", kind,
                    new Image(ui.illustrations().face()), () -> setMode(Mode.FACE_CONSENT));
            default -> option(skin, Elements.IDENTIFY_APP, "identify.app.title", "identify.app.hint", kind,
                    new Image(ui.illustrations().phone()), () -> setMode(Mode.APP_CODE));
        };
    }

    /** Only the way whose device changed is redrawn; what she typed or chose stays as it is. */
    @Override
    public void deviceStatusChanged(DeviceStatus status) {
        Container<Table> cell = mode == Mode.CHOOSE ? options.get(status.kind()) : null;
        if (cell != null && cell.getStage() != null) cell.setActor(option(ui.skin(), status.kind()));
    }

    private Table option(Skin skin, String name, String titleKey, String hintKey, DeviceKind kind,
                         com.badlogic.gdx.scenes.scene2d.Actor picture, Runnable onChoose) {
        DeviceStatus st = ui.services().devices().statusOf(kind);
        boolean usable = st.usable();
        Table t = new Table();
        t.setBackground(skin.getDrawable("panel"));
        t.pad(24);
        t.add(Widgets.centred(skin, "title", ui.t(titleKey))).growX().row();
        t.add(picture).height(ui.portrait() || ui.elder() ? 150 : 230).padTop(16).row();
        t.add(Widgets.centred(skin, "body", ui.t(hintKey))).growX().padTop(16).row();
        if (usable) {
            if (kind != DeviceKind.ID_CARD_READER) {
                t.add(Widgets.button(skin, "primary", name, ui.t("identify.choose"), onChoose))
                        .height(ui.target()).growX().padTop(16).row();
            } else {
                Label waiting = Widgets.centred(skin, "body-ok", ui.t("identify.idcard.waiting"));
                waiting.setName(name);
                t.add(waiting).growX().padTop(16).row();
            }
        } else {
            Label why = Widgets.centred(skin, "body-danger", ui.t("identify.unavailable", ui.t(st.citizenMessageKey())));
            why.setName(Elements.unavailable(name));
            t.add(why).growX().padTop(16).row();
        }
        return t;
    }

    private WidgetGroup cardIllustration() {
        Table group = new Table();
        Image card = new Image(ui.illustrations().card());
        Image reader = new Image(ui.illustrations().reader());
        card.addAction(org.govkiosk.ui.Motion.forever(Actions.sequence(Actions.moveBy(0, -40, 0.9f), Actions.delay(0.6f),
                Actions.moveBy(0, 40, 0.3f), Actions.delay(0.4f))));
        group.add(card).size(200, 125).row();
        group.add(reader).size(262, 56).padTop(8);
        return group;
    }

    private void buildConsent(Table content, Skin skin) {
        Table box = new Table();
        box.setBackground(skin.getDrawable("panel"));
        box.pad(40);
        float w = ui.fit(1280) - 80;
        box.add(Widgets.paragraph(skin, "body", ui.t("identify.face.consent"))).width(w).row();
        Table buttons = new Table();
        buttons.defaults().height(ui.target()).pad(12);
        buttons.add(Widgets.button(skin, "primary", Elements.IDENTIFY_FACE_AGREE, ui.t("identify.face.agree"),
                () -> setMode(Mode.FACE_NUMBER))).width(ui.target() * 5);
        if (ui.target() * 10 + 48 > w) buttons.row();
        buttons.add(Widgets.button(skin, "secondary", Elements.IDENTIFY_FACE_DECLINE, ui.t("identify.face.decline"),
                () -> setMode(Mode.CHOOSE))).width(ui.target() * 5);
        box.add(buttons).padTop(32);
        content.add(box).padTop(24);
    }

    private void buildNumber(Table content, Skin skin) {
        content.add(Widgets.centred(skin, "body", ui.t("identify.face.typeNumber"))).growX().row();
        Label shown = Widgets.centred(skin, "huge", typedNumber.length() == 0 ? "—" : grouped(typedNumber.toString()));
        shown.setName(Elements.IDENTIFY_NUMBER);
        content.add(shown).growX().padTop(12).row();
        content.add(new NumericKeypad(skin, ui.target(), ui.t("key.delete"), k -> {
            if (typedNumber.length() < 18) typedNumber.append(k);
            ui.rebuild();
        }, () -> {
            if (typedNumber.length() > 0) typedNumber.setLength(typedNumber.length() - 1);
            ui.rebuild();
        })).padTop(12).row();
        TextButton go = Widgets.button(skin, "primary", Elements.IDENTIFY_FACE_START, ui.t("identify.face.start"), this::captureFace);
        go.setDisabled(typedNumber.length() != 18);
        content.add(go).width(ui.target() * 5).height(ui.target()).padTop(16).row();
    }

    private void buildWaiting(Table content, Skin skin, String key, com.badlogic.gdx.graphics.Texture picture) {
        if (picture != null) content.add(new Image(picture)).size(260, picture.getHeight() * 260f / picture.getWidth()).padTop(24).row();
        Label l = Widgets.centred(skin, "title", ui.t(key));
        l.setName(Elements.IDENTIFY_WAITING);
        content.add(l).growX().padTop(24).row();
        content.add(Widgets.button(skin, "secondary", Elements.IDENTIFY_OTHER_WAY, ui.t("identify.otherWay"),
                () -> setMode(Mode.CHOOSE))).width(ui.target() * 5).height(ui.target()).padTop(32).row();
    }

    /** The live check: preview and guidance, and the other two ways still offered on the same screen. */
    private void buildCapture(Table content, Skin skin) {
        Label l = Widgets.centred(skin, "body", ui.t("identify.face.look"));
        l.setName(Elements.IDENTIFY_WAITING);
        content.add(l).growX().padTop(12).row();
        Table others = new Table();
        java.util.List<String> ways = new java.util.ArrayList<>();
        if (ui.usable(DeviceKind.ID_CARD_READER)) ways.add(ui.t("identify.face.orCard"));
        if (ui.usable(DeviceKind.QR_SCANNER)) ways.add(ui.t("identify.face.orApp"));
        float width = LiveFaceCapture.wordsWidth(ui);
        if (!ways.isEmpty()) {
            Label other = Widgets.paragraph(skin, "body-muted", String.join(" ", ways));
            other.setAlignment(com.badlogic.gdx.utils.Align.center);
            other.setName(Elements.IDENTIFY_FACE_OTHER_WAYS);
            others.add(other).width(width).row();
        }
        others.add(Widgets.button(skin, "secondary", Elements.IDENTIFY_OTHER_WAY, ui.t("identify.otherWay"),
                () -> setMode(Mode.CHOOSE))).width(ui.target() * 5).height(ui.target()).padTop(16).row();
        if (faceCapture != null) content.add(faceCapture.panel(others)).padTop(16).row();
    }

    private static String grouped(String n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n.length(); i++) {
            if (i == 6 || i == 14) b.append(' ');
            b.append(n.charAt(i));
        }
        return b.toString();
    }

    private void setMode(Mode m) {
        if (m != Mode.FACE_CAPTURE) stopFace();
        // She reads the consent and types her number meanwhile: models released while idle load in that time.
        if (m == Mode.FACE_CONSENT) prepareFace(ui);
        mode = m;
        if (m == Mode.CHOOSE || m == Mode.APP_CODE || m == Mode.FACE_CONSENT) errorKey = null;
        ui.rebuild();
        ui.announcePrompt();
    }

    private void fail(String key, String detail) {
        stopFace();
        errorKey = key;
        // The citizen sees plain words; the technician finds the detail in the log (no personal data in it).
        log.info("identification failed: {} ({})", key, detail);
        mode = Mode.CHOOSE;
        ui.rebuild();
        ui.say(ui.t(key));
    }


    // ---- ID card -----------------------------------------------------------------------------------

    /** Watcher events arrive on its thread; they count only while this screen is current in the same session. */
    private void onUi(Runnable r) {
        var session = ui.sessions().session();
        ui.uiThread().accept(() -> {
            if (ui.current() == this && session != null && session == ui.sessions().session() && session.active()) r.run();
        });
    }

    private final CardListener cardListener = new CardListener() {
        @Override
        public void cardRead(IdCardData data) {
            onUi(() -> {
                if (mode == Mode.CHECKING) {
                    data.wipe();
                    return;
                }
                ui.sessions().touch();
                ui.sessions().session().data().card(data);
                identify(data.document(), IdAssurance.ID_CARD);
            });
        }

        @Override
        public void readFailed(DeviceException error) {
            onUi(() -> fail(error.citizenMessageKey() == null ? "identify.error.cardRead" : error.citizenMessageKey(),
                    error.technicianDetail()));
        }

        @Override
        public void cardRemoved() {
            onUi(() -> {
                if (errorKey != null && mode == Mode.CHOOSE) {
                    errorKey = null;
                    ui.rebuild();
                }
            });
        }
    };

    // ---- face ----------------------------------------------------------------------------------------

    private void captureFace() {
        FaceCheck check = new FaceCheck(ui.services().devices().camera(), ui.services().devices().faceVerifier(),
                ui.services().records());
        String number = typedNumber.toString();
        if (!check.available()) {
            fail("identify.error.faceUnavailable", check.unavailableDetail());
            return;
        }
        if (org.govkiosk.identity.IdNumbers.tooYoungForFace(number, java.time.LocalDate.now())) {
            fail("face.result.underFourteen", "face refused: the document's holder is under 14 (guardian rule)");
            return;
        }
        DocumentType type = number.startsWith("9") ? DocumentType.FOREIGN_PERMANENT_2023
                : number.startsWith("81") || number.startsWith("82") || number.startsWith("83")
                ? DocumentType.HK_MACAO_TAIWAN_PERMIT : DocumentType.RESIDENT_ID;
        stopFace();
        faceCapture = new LiveFaceCapture(ui);
        mode = Mode.FACE_CAPTURE;
        errorKey = null;
        ui.rebuild();
        ui.announcePrompt();
        faceCapture.start(check, new IdentifyRequest(type, number, IdAssurance.FACE), v -> {
            if (mode != Mode.FACE_CAPTURE) return;
            if (v instanceof FaceCheck.Refused r) {
                fail(r.citizenMessageKey(), r.technicianDetail());
            } else {
                log.info("face check passed (score {})", String.format(java.util.Locale.ROOT, "%.3f", ((FaceCheck.Matched) v).score()));
                identify(new IdentityDocument(type, "", null, null, null, null, number, null, null, null, null), IdAssurance.FACE);
            }
        });
    }

    /** Tells the face verifier a check is likely soon; returns at once (the loading runs on its own thread). */
    static void prepareFace(KioskUi ui) {
        var verifier = ui.services().devices().faceVerifier();
        if (verifier != null) verifier.prepare();
    }

    /** Stops a running face check (she chose another way, placed her card, left) and wipes its picture. */
    private void stopFace() {
        if (faceCapture != null) faceCapture.dispose();
        faceCapture = null;
    }

    // ---- app code ------------------------------------------------------------------------------------

    private void appCodeScanned(String payload) {
        // The app code is offered on the face screen too: showing it there stops the face check.
        if ((mode != Mode.APP_CODE && mode != Mode.FACE_CAPTURE) || !ui.sessions().inSession()) return;
        // Only the government app's identity code goes to the records service: a payment code, a web link or a
        // certificate's QR held up by mistake is refused here, with words about the code rather than about her.
        String prefix = ui.services().settings().identify().appCodePrefix();
        if (!prefix.isEmpty() && !payload.trim().startsWith(prefix)) {
            errorKey = "device.scanner.garbage";
            log.info("identification failed: {}", "scanned code is not an app identity code (" + payload.length() + " chars)");
            ui.rebuild();
            return;
        }
        // The government app's code carries a one-time token the records service resolves to the citizen.
        identify(new IdentityDocument(DocumentType.RESIDENT_ID, "", null, null, null, null, payload.trim(), null, null,
                null, null), IdAssurance.APP_QR);
    }

    // ---- common --------------------------------------------------------------------------------------

    private void identify(IdentityDocument doc, IdAssurance how) {
        stopFace();
        mode = Mode.CHECKING;
        errorKey = null;
        ui.rebuild();
        String sid = ui.sessions().session().id();
        IdentifyRequest req = new IdentifyRequest(doc.type(), doc.number(), how);
        ui.work().run(() -> ui.services().records().identify(sid, req), o -> {
            GatewayResult<CitizenRef> r = o.ok() ? o.value() : null;
            if (r instanceof GatewayResult.Ok<CitizenRef> ok) {
                // The chip's name is the truth for a card; the service only names people it identified by app code.
                CitizenRef ref = how == IdAssurance.ID_CARD && !doc.name().isBlank()
                        ? new CitizenRef(ok.value().token(), org.govkiosk.identity.Masking.name(doc.name())) : ok.value();
                ui.sessions().session().data().identifiedBy(doc, how, ref);
                wipeTyped();
                ui.sessions().moveTo(SessionStage.BROWSE);
                ui.show(new CatalogScreen(ui));
            } else if (r instanceof GatewayResult.Failure<CitizenRef> f) {
                fail(f.citizenMessageKey(), f.technicianDetail());
            } else {
                fail("records.error.unreachable", String.valueOf(o.error()));
            }
        });
    }

    private void wipeTyped() {
        for (int i = 0; i < typedNumber.length(); i++) typedNumber.setCharAt(i, '0');
        typedNumber.setLength(0);
    }
}
