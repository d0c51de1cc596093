package org.govkiosk.ui;

import com.badlogic.gdx.scenes.scene2d.Actor;
import com.badlogic.gdx.scenes.scene2d.InputEvent;
import com.badlogic.gdx.scenes.scene2d.InputListener;
import com.badlogic.gdx.scenes.scene2d.Stage;
import com.badlogic.gdx.scenes.scene2d.ui.Label;
import com.badlogic.gdx.scenes.scene2d.ui.Skin;
import com.badlogic.gdx.scenes.scene2d.ui.Table;
import com.badlogic.gdx.utils.Align;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.govkiosk.device.DeviceKind;
import org.govkiosk.device.DeviceState;
import org.govkiosk.device.DeviceStatus;
import org.govkiosk.admin.PinVerifier;
import org.govkiosk.device.indicator.Indicators;
import org.govkiosk.device.indicator.Sensors;
import org.govkiosk.i18n.Messages;
import org.govkiosk.ui.screen.AdminPinScreen;
import org.govkiosk.records.CitizenRef;
import org.govkiosk.session.CitizenSession;
import org.govkiosk.session.EndReason;
import org.govkiosk.session.KioskState;
import org.govkiosk.session.OutOfServiceReason;
import org.govkiosk.session.SessionListener;
import org.govkiosk.session.SessionManager;
import org.govkiosk.session.SessionWork;
import org.govkiosk.ui.screen.AttractScreen;
import org.govkiosk.ui.screen.OutOfServiceScreen;
import org.govkiosk.speech.Speech;
import org.govkiosk.speech.SpokenPrivacy;
import org.govkiosk.speech.Utterance;
import org.govkiosk.ui.widget.Widgets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The touchscreen application's context: the Stage, the current screen, language and elder mode, and the
 * bridge between session events, device events and screens. Lives on the UI thread only.
 */
public final class KioskUi implements SessionListener {
    private static final Logger log = LoggerFactory.getLogger(KioskUi.class);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final KioskServices services;
    private final SessionManager sessions;
    private final SessionWork work;
    private final Theme theme;
    private final Stage stage;
    private final Consumer<Runnable> uiThread;
    private final List<String> visited = new ArrayList<>();
    private final Locale defaultLocale;
    private final boolean defaultElder;

    private Locale locale;
    private boolean elder;
    private Messages messages;
    private KioskScreen current;
    private Table overlay;
    private Label clock;
    private String lastClock = "";
    /** Whether the top bar was built with the volume button: the speech engine is checked on its own thread at start. */
    private boolean barHasVolume;
    private TimeoutOverlay timeoutOverlay;
    private final Illustrations illustrations;
    private final PinVerifier pinVerifier;
    private final ScreenTimers timers;
    private final SiteTime siteTime;
    private final BackendMonitor backend;
    private boolean maintenancePending;
    private final SpeechMode speechMode;
    private final boolean announceAlways;
    private Runnable frameRequest = () -> { };
    private Consumer<java.time.Duration> delayedFrameRequest = d -> { };

    public KioskUi(KioskServices services, SessionManager sessions, SessionWork work, Theme theme, Stage stage,
                   Consumer<Runnable> uiThread) {
        this.services = services;
        this.sessions = sessions;
        this.work = work;
        this.theme = theme;
        this.stage = stage;
        this.uiThread = uiThread;
        this.defaultLocale = services.settings().screen().language().equals("en") ? Messages.EN : Messages.ZH;
        this.defaultElder = services.settings().screen().elderModeDefault();
        this.locale = defaultLocale;
        this.elder = defaultElder;
        this.messages = new Messages(locale);
        this.illustrations = new Illustrations(services.catalog().categories());
        this.siteTime = new SiteTime(services.settings(), java.time.Clock.systemUTC());
        theme.palette(siteTime.night() ? Palette.NIGHT : Palette.DAY);
        this.timers = ScreenTimers.from(services.settings().timers(), services.ticker());
        sessions.addListener(this);
        this.speechMode = new SpeechMode(this, services.settings().speech().doubleTap().toMillis());
        this.announceAlways = services.settings().speech().announceAlways();
        services.speech().setVolume(services.settings().speech().volume());
        stage.addCaptureListener(speechMode);
        // Any touch anywhere counts as activity and extends the session (one-tap extension, WCAG 2.2.1).
        stage.addCaptureListener(new InputListener() {
            @Override
            public boolean touchDown(InputEvent event, float x, float y, int pointer, int button) {
                // The timeout warning has its own buttons: "end now" must not count as "more time".
                if (timeoutOverlay == null || !timeoutOverlay.contains(event.getTarget())) sessions.touch();
                return false;
            }
        });
        for (var d : services.devices().all()) {
            d.addStatusListener(s -> uiThread.accept(() -> deviceStatusChanged(s)));
        }
        this.pinVerifier = new PinVerifier(services.settings().admin());
        this.backend = new BackendMonitor(this, services.settings().records().healthInterval());
        Sensors sensors = services.devices().sensors();
        if (sensors != null) {
            sensors.setListener(e -> {
                if (e.sensor() == Sensors.Sensor.CABINET_DOOR_OPEN && e.active()) uiThread.accept(this::requestMaintenance);
                if (e.sensor() == Sensors.Sensor.SPEECH_KEY && e.active()) uiThread.accept(this::toggleSpeechMode);
            });
        }
    }

    // ---- frames on demand (FramePacer) ---------------------------------------------------------------

    /** Set by the application when frames are drawn on demand; headless nothing needs to ask. */
    void frameRequests(FramePacer pacer) {
        this.frameRequest = pacer::requestFrame;
        this.delayedFrameRequest = pacer::requestFrameIn;
    }

    /**
     * Asks for a frame after {@code delay} (any thread): a screen whose timer must fire on time (a poll, the end
     * of a wait) although nothing else happens. Between visits the heartbeat is only 1 s, during one 250 ms.
     */
    public void requestFrameIn(java.time.Duration delay) { delayedFrameRequest.accept(delay); }

    /**
     * Asks for a frame now: for anything that changes what is on screen without input, a posted runnable or an
     * action (frames are drawn on demand, see {@link FramePacer}). Any thread.
     */
    public void requestFrame() { frameRequest.run(); }

    /**
     * Starts an animation: adds {@code action} to {@code actor} and keeps frames coming until every action on
     * the stage has finished. Use this (or {@code actor.addAction} on the UI thread, which the pacer also sees at
     * the end of the frame) for any motion. A {@code forever} action on a screen that stays up between visits
     * keeps the kiosk drawing for ever (issue 15: idle CPU): give motion on the attract and out-of-service
     * screens an end.
     */
    public void animate(Actor actor, com.badlogic.gdx.scenes.scene2d.Action action) {
        actor.addAction(action);
        frameRequest.run();
    }

    // ---- maintenance handshake ---------------------------------------------------------------------

    /**
     * A technician wants the kiosk (cabinet door opened with its key, F12 on the desktop).
     * A citizen in the middle of her visit is not cut off: maintenance waits until her session ends.
     */
    public void requestMaintenance() {
        if (current instanceof AdminPinScreen || current instanceof org.govkiosk.ui.screen.AdminScreen) return;
        if (sessions.inSession()) {
            maintenancePending = true;
            log.info("maintenance requested: waiting for the citizen session to end");
            return;
        }
        show(new AdminPinScreen(this, pinVerifier));
    }


    // ---- operator notice (fleet command) ------------------------------------------------------------

    private volatile String operatorNotice = "";

    /** A line from the operator for the attract screen (e.g. "closes at 20:00 on 1 Oct"); empty: none. */
    public void operatorNotice(String text) { operatorNotice = text == null ? "" : text.strip(); }

    public String operatorNotice() { return operatorNotice; }

    // ---- accessors for screens ------------------------------------------------------------------

    public KioskServices services() { return services; }
    public SessionManager sessions() { return sessions; }
    public SessionWork work() { return work; }
    public Theme theme() { return theme; }
    public Illustrations illustrations() { return illustrations; }

    private org.govkiosk.preview.DocumentPreviews previews;

    /** Pictures of what prints, for the print screen (one per kiosk: the receipt font is loaded once). */
    public synchronized org.govkiosk.preview.DocumentPreviews previews() {
        if (previews == null) {
            previews = new org.govkiosk.preview.DocumentPreviews(
                    org.govkiosk.config.FontLocator.find(services.settings().screen().fontPath()));
        }
        return previews;
    }
    /** The screens' timers on the session clock, with their durations from config. */
    public ScreenTimers timers() { return timers; }
    public Stage stage() { return stage; }
    public Skin skin() { return theme.skin(elder); }
    public boolean elder() { return elder; }
    public Locale locale() { return locale; }
    public Messages messages() { return messages; }
    public KioskScreen current() { return current; }
    public Consumer<Runnable> uiThread() { return uiThread; }

    /** The last 200 screens shown, in order (repeats collapsed): for the scenario runner's summary. */
    public List<String> visited() { return List.copyOf(visited); }

    public String t(String key, Object... args) { return messages.get(key, args); }

    public float target() { return theme.minTarget(elder); }

    // ---- navigation -----------------------------------------------------------------------------

    public void show(KioskScreen next) {
        long changedAt = System.nanoTime();
        if (current != null) current.hidden();
        closeOverlay();
        current = next;
        if (visited.isEmpty() || !visited.get(visited.size() - 1).equals(next.name())) {
            visited.add(next.name());
            // Bounded: a kiosk runs for months and its heap must not grow with the number of visits.
            if (visited.size() > 200) visited.remove(0);
        }
        log.info("screen {}", next.name());
        rebuild();
        next.shown();
        // Timed from the start of the change, so the benchmark's "screen change -> first sample" includes the build.
        String prompt = next.prompt();
        if (prompt != null && (announceAlways || speechMode.on())) speak(prompt, changedAt);
    }

    /** Rebuilds the current screen (language or elder mode changed, or the screen's state moved). */
    public void rebuild() {
        // Not stage.clear(): that also removes the root's listeners, and with them the capture listener that makes
        // any touch count as activity (after the first screen, only screen changes kept a session alive).
        stage.unfocusAll();
        stage.getRoot().clearChildren();
        Skin skin = skin();
        Table root = new Table();
        root.setFillParent(true);
        root.setBackground(skin.getDrawable("bg"));
        root.add(topBar(skin)).growX().row();
        Table content = new Table();
        content.setName(Elements.CONTENT);
        content.pad(24);
        current.build(content);
        if (current.scrolls()) {
            // Large text (elder mode, long records, English) may not fit: scroll rather than push the bars off screen.
            com.badlogic.gdx.scenes.scene2d.ui.ScrollPane pane = new com.badlogic.gdx.scenes.scene2d.ui.ScrollPane(content, skin);
            pane.setName(Elements.CONTENT_SCROLL);
            pane.setScrollingDisabled(true, false);
            pane.setFadeScrollBars(false);
            pane.setOverscroll(false, false);
            root.add(pane).grow().row();
        } else {
            root.add(content).grow().row();
        }
        Table bottom = bottomBar(skin);
        if (bottom != null) root.add(bottom).growX().row();
        stage.addActor(root);
        if (timeoutOverlay != null) timeoutOverlay.attach();
        else if (overlay != null) stage.addActor(overlay);
        settleWrappedText();
    }

    /**
     * Lays the stage out again once every wrapped label knows its width. A wrapped label's height depends on the width
     * its table gives it, which the first layout only decides: without a second pass a two-line label keeps the
     * row height of one line and its text spills out of its button or bar.
     */
    private void settleWrappedText() {
        for (int pass = 0; pass < 2; pass++) {
            for (Actor a : StageWalk.actors(stage)) if (a instanceof com.badlogic.gdx.scenes.scene2d.utils.Layout l) l.validate();
            boolean changed = false;
            for (Actor a : StageWalk.actors(stage)) {
                if (a instanceof Label l && l.getWrap() && Math.abs(l.getPrefHeight() - l.getHeight()) > 0.5f) {
                    l.invalidateHierarchy();
                    changed = true;
                }
            }
            if (!changed) return;
        }
    }

    private Table topBar(Skin skin) {
        Table bar = new Table();
        bar.setBackground(skin.getDrawable("topbar"));
        bar.pad(12, 24, 12, 24);
        bar.defaults().padLeft(12).minHeight(target());
        String zone = services.settings().identity().zoneName(locale);
        Label title = Widgets.paragraph(skin, "button-inverse", zone);
        title.setName(Elements.BAR_ZONE);
        // No hidden gesture opens maintenance: anything a finger can do on the screen, a citizen can find. The way
        // in is the cabinet door switch (behind a key, gpio.pin.cabinetDoor), or F12 on the desktop.
        clock = Widgets.label(skin, "button-inverse", now());
        clock.setName(Elements.BAR_CLOCK);
        bar.add(title).growX().left();
        bar.add(clock).padRight(12);
        bar.add(Widgets.button(skin, "bar", Elements.BAR_LANGUAGE, t("bar.language"), this::toggleLanguage)).minWidth(target() * 1.8f);
        bar.add(Widgets.button(skin, "bar", Elements.BAR_ELDER, t(elder ? "bar.standardMode" : "bar.elderMode"), this::toggleElder))
                .minWidth(target() * 2f);
        bar.add(Widgets.button(skin, "bar", Elements.BAR_HELP, t("bar.help"), this::callHelp)).minWidth(target() * 1.6f);
        boolean volume = services.speech().status().available();
        barHasVolume = volume;
        if (volume) bar.add(volumeButton(skin)).minWidth(target() * 1.8f);
        // The bar's buttons keep their words on one line (a two-line "Standard text" made the bar taller on the
        // keyboard screens, which have no height to spare); the zone name gives way first.
        for (com.badlogic.gdx.scenes.scene2d.ui.Cell<?> cell : bar.getCells()) {
            if (cell.getActor() instanceof com.badlogic.gdx.scenes.scene2d.ui.TextButton b) b.getLabel().setWrap(false);
        }
        // Portrait screens are narrow: the zone name and clock get a line, the buttons the next. A landscape bar does the
        // same when the zone name would still wrap beside the buttons: a wrapped label's height is only known after the
        // table has given it a width, so a one-row bar would keep one line's height.
        // Before stacking, a landscape bar tries the zone name in smaller sizes (down to the bar buttons' own): the
        // keyboard screens have no height to spare for a second row.
        for (String smaller : new String[] {"body-inverse", "small-inverse"}) {
            if (!portrait() && !fitsBeside(title, zone, bar)) title.setStyle(skin.get(smaller, Label.LabelStyle.class));
        }
        if (portrait() || !fitsBeside(title, zone, bar)) {
            Table rows = new Table();
            rows.setBackground(skin.getDrawable("topbar"));
            rows.pad(12, 24, 12, 24);
            Table first = new Table();
            first.add(title).growX().left();
            first.add(clock).padLeft(12);
            Table second = new Table();
            second.defaults().padLeft(12).minHeight(Widgets.atLeast(target()));
            second.add().growX();
            for (String n : new String[] {Elements.BAR_LANGUAGE, Elements.BAR_ELDER, Elements.BAR_HELP, Elements.BAR_VOLUME}) {
                Actor b = bar.findActor(n);
                if (b == null) continue;
                second.add(b).minWidth(target() * (n.equals(Elements.BAR_ELDER) ? 2f : 1.8f));
            }
            rows.add(first).growX().row();
            rows.add(second).growX().padTop(8);
            return rows;
        }
        return bar;
    }

    /** Whether the title fits on one line beside the bar's other cells (their widths, pads and the bar's own pad). */
    private boolean fitsBeside(Label title, String text, Table bar) {
        Label.LabelStyle style = title.getStyle();
        float oneLine = new com.badlogic.gdx.graphics.g2d.GlyphLayout(style.font, text).width * title.getFontScaleX();
        float others = bar.getPadLeft() + bar.getPadRight();
        for (com.badlogic.gdx.scenes.scene2d.ui.Cell<?> cell : bar.getCells()) {
            others += cell.getPadLeft() + cell.getPadRight();
            if (cell.getActor() != title) others += Math.max(cell.getMinWidth(), cell.getPrefWidth());
        }
        return oneLine + others <= stage.getViewport().getWorldWidth();
    }

    private Table bottomBar(Skin skin) {
        boolean back = current.hasBack();
        boolean exit = current.hasExit();
        KioskScreen.PrimaryAction primary = current.primaryAction();
        if (!back && !exit && primary == null) return null;
        Table bar = new Table();
        bar.pad(8, 24, 20, 24);
        if (exit) {
            // The privacy hint gets a line of its own so the buttons fit a portrait screen in elder mode too.
            Label hint = Widgets.paragraph(skin, "small-muted", t("nav.privacyHint"));
            hint.setAlignment(Align.right);
            bar.add(hint).growX().colspan(4).padBottom(8).row();
        }
        bar.defaults().minHeight(Widgets.atLeast(target()));
        if (back) bar.add(Widgets.button(skin, "secondary", Elements.NAV_BACK, t("nav.back"), current::back)).minWidth(target() * 2.2f).left();
        if (primary != null) {
            bar.add(Widgets.button(skin, "primary", primary.name(), primary.text(), primary.onTap()))
                    .minWidth(target() * 3.6f).minHeight(Widgets.atLeast(target() * 1.15f)).padLeft(24);
        }
        bar.add().growX();
        if (exit) {
            bar.add(Widgets.button(skin, "danger", Elements.NAV_EXIT, t("nav.exit"), () -> sessions.end(EndReason.CANCELLED)))
                    .minWidth(target() * 2.4f).right();
        }
        return bar;
    }

    /**
     * The width a screen's content can use: the viewport less the content's padding and the scroll bar. Fixed
     * widths (message boxes, button rows) are capped by it so nothing is pushed past the edge in portrait.
     */
    public float contentWidth() {
        return stage.getViewport().getWorldWidth() - 48 - 24;
    }

    /** {@code w}, or the content width when that is narrower. */
    public float fit(float w) {
        return Math.min(w, contentWidth());
    }

    /** Whether the screen is taller than wide (1080x1920 kiosks): screens stack instead of lining up. */
    public boolean portrait() {
        return stage.getViewport().getWorldHeight() > stage.getViewport().getWorldWidth();
    }

    private String now() {
        return siteTime.now().format(CLOCK);
    }

    /** The site's time: clock, assistant hours, night. */
    public SiteTime siteTime() { return siteTime; }

    /** Day or night colours as the site's time asks; a change rebuilds the screen (between two frames). */
    private void followDaylight() {
        Palette wanted = siteTime.night() ? Palette.NIGHT : Palette.DAY;
        if (theme.palette() != wanted) {
            theme.palette(wanted);
            if (current != null) rebuild();
        }
    }

    /** Per frame: timers, clock, screen updates. */
    public void update(float delta) {
        sessions.tick();
        if (clock != null) {
            String n = now();
            if (!n.equals(lastClock)) {
                lastClock = n;
                clock.setText(n);
                followDaylight();
            }
        }
        // The engine check ended after the screen was built (speech.StartingSpeech): the bar gains or loses its button.
        if (clock != null && services.speech().status().available() != barHasVolume) rebuild();
        if (current != null) current.update(delta);
        if (timeoutOverlay != null) timeoutOverlay.update(delta);
        backend.update(delta);
    }

    // ---- language, elder mode, help ---------------------------------------------------------------

    public void toggleLanguage() {
        locale = locale.getLanguage().equals("en") ? Messages.ZH : Messages.EN;
        messages = new Messages(locale);
        if (sessions.inSession()) sessions.session().locale(locale);
        rebuild();
        announcePrompt();
    }

    public void toggleElder() {
        elder = !elder;
        if (sessions.inSession()) sessions.session().elderMode(elder);
        rebuild();
    }

    public void callHelp() {
        String phone = services.settings().identity().helpPhone();
        String hours = services.settings().identity().assistantHours(locale);
        if (!siteTime.assistantOnSite()) {
            // Nobody would come: say so and give the phone, rather than promise staff at night.
            showMessage(Elements.HELP, t("help.nobody.title"), t("help.nobody.body", phone, hours), null);
            say(t("help.nobody.title") + " " + t("help.nobody.body", phone, hours));
            return;
        }
        Indicators ind = services.devices().indicators();
        if (ind != null) work.fire(() -> ind.setHelpCall(true));
        showMessage(Elements.HELP, t("help.title"), t("help.body", phone, hours),
                () -> {
                    if (ind != null) work.fire(() -> ind.setHelpCall(false));
                });
    }

    /** A simple modal message with one OK button (named {@code <name>.ok}). */
    public void showMessage(String name, String title, String body, Runnable onClose) {
        Skin skin = skin();
        Table dim = new Table();
        dim.setFillParent(true);
        dim.setTouchable(com.badlogic.gdx.scenes.scene2d.Touchable.enabled);
        dim.setBackground(skin.getDrawable("dim"));
        dim.setName(Elements.overlay(name));
        Table box = new Table();
        box.setBackground(skin.getDrawable("panel"));
        box.pad(48);
        box.add(Widgets.centred(skin, "title", title)).width(fit(900) - 96).row();
        box.add(Widgets.centred(skin, "body", body)).width(fit(900) - 96).padTop(24).row();
        box.add(Widgets.button(skin, "primary", Elements.overlayOk(name), t("common.ok"), () -> {
            closeOverlay();
            if (onClose != null) onClose.run();
        })).size(target() * 3, target()).padTop(36);
        dim.add(box);
        closeOverlay();
        overlay = dim;
        stage.addActor(dim);
    }

    public void closeOverlay() {
        if (overlay != null) overlay.remove();
        overlay = null;
    }

    // ---- session events ---------------------------------------------------------------------------

    /** Starts a citizen session from the attract screen. */
    public void startSession() {
        if (sessions.state() != KioskState.AVAILABLE) return;
        sessions.start(locale, elder);
        show(new org.govkiosk.ui.screen.IdentifyScreen(this));
    }

    @Override
    public void timeoutWarning(CitizenSession session, long secondsLeft, boolean extendable) {
        if (timeoutOverlay == null) {
            closeOverlay();
            timeoutOverlay = new TimeoutOverlay(this, extendable);
            timeoutOverlay.attach();
            say(t(extendable ? "timeout.title" : "timeout.finalTitle") + " " + t("timeout.seconds", secondsLeft) + " "
                    + (extendable ? t("speech.timeout.extend", t("timeout.extend")) : t("timeout.finalBody")));
        } else if (secondsLeft % 10 == 0 || secondsLeft <= 5) {
            // The countdown aloud: every ten seconds, then each of the last five.
            say(t("timeout.seconds", secondsLeft));
        }
        timeoutOverlay.secondsLeft(secondsLeft);
    }

    @Override
    public void timeoutWarningCleared(CitizenSession session) {
        dismissTimeout();
    }

    private void dismissTimeout() {
        if (timeoutOverlay != null) timeoutOverlay.detach();
        timeoutOverlay = null;
    }

    @Override
    public void sessionEnding(CitizenSession session, EndReason reason) {
        // Her token dies with her session, and the records client lets go of connections that carried her data.
        CitizenRef citizen = session.data().citizen();
        String sid = session.id();
        var records = services.records();
        work.fire(() -> records.endSession(sid, citizen));
    }

    @Override
    public void sessionEnded(CitizenSession session, EndReason reason) {
        dismissTimeout();
        // The kiosk forgets her: language, elder mode, speech mode and volume go back to the defaults for the next
        // person, and nothing more of her visit is said (her figures must not reach the next person's ears).
        services.speech().stop();
        speechMode.set(false);
        services.speech().setVolume(services.settings().speech().volume());
        locale = defaultLocale;
        elder = defaultElder;
        messages = new Messages(locale);
        Indicators ind = services.devices().indicators();
        if (ind != null) work.fire(() -> ind.setHelpCall(false));
        // A job that has not started printing when she leaves must never come out for the next person.
        var printer = services.devices().documentPrinter();
        if (printer != null) work.fire(() -> printer.cancelPending(session.id()));
        if (maintenancePending) {
            maintenancePending = false;
            show(new AdminPinScreen(this, pinVerifier));
        } else if (sessions.state() == KioskState.AVAILABLE) {
            // Every way out (exit, done, timeout, an error) passes the card check: a card still in the reader is
            // asked for before the next person comes.
            // (A reader that is gone cannot hold a card: straight on, e.g. to out of service.)
            if (services.devices().idCard() != null && usable(DeviceKind.ID_CARD_READER)) {
                show(new org.govkiosk.ui.screen.CardReminderScreen(this, this::showAvailable));
            } else {
                showAvailable();
            }
        }
    }

    /**
     * The screen between citizens for the kiosk's state: attract when it may serve, the out-of-service screen
     * otherwise. The decision is the availability policy's ({@link SessionManager#ready}); this only renders it.
     */
    public void showAvailable() {
        sessions.ready();
        if (sessions.state() == KioskState.AVAILABLE) show(new AttractScreen(this));
        else if (sessions.state() == KioskState.OUT_OF_SERVICE) show(new OutOfServiceScreen(this));
    }

    @Override
    public void kioskStateChanged(KioskState from, KioskState to, OutOfServiceReason reason) {
        Indicators ind = services.devices().indicators();
        if (ind != null && from != to) {
            Indicators.Light light = switch (to) {
                case AVAILABLE, IN_SESSION -> Indicators.Light.GREEN;
                case MAINTENANCE, INITIALISING -> Indicators.Light.AMBER;
                case OUT_OF_SERVICE -> Indicators.Light.RED;
            };
            work.fire(() -> ind.setStatusLight(light));
        }
        // A technician typing her PIN is not thrown off her screen; going back from it shows the right one.
        if (current instanceof AdminPinScreen) return;
        if (to == KioskState.OUT_OF_SERVICE) {
            // The screen stays on "out of service" while the reasons change (e.g. hardware, then back end too).
            if (current instanceof OutOfServiceScreen) rebuild();
            else show(new OutOfServiceScreen(this));
        } else if (to == KioskState.AVAILABLE && from != KioskState.IN_SESSION) {
            // After a session, sessionEnded decides (maintenance may be waiting).
            show(new AttractScreen(this));
        }
    }

    /**
     * Any device's status changed: the availability policy decides whether the kiosk can still serve (a missing
     * printer just disables printing, so citizens can still look their records up); the screen shows the change.
     */
    void deviceStatusChanged(DeviceStatus status) {
        KioskState before = sessions.state();
        sessions.devicesChanged(deviceStatuses());
        // Not a rebuild of the stage: a paper-low event must not throw her catalog list back to the top.
        if (sessions.state() == before && current != null && status.state() != DeviceState.BUSY) {
            current.deviceStatusChanged(status);
        }
    }

    /** Every device's current status, for the availability policy. */
    public List<DeviceStatus> deviceStatuses() {
        List<DeviceStatus> all = new ArrayList<>();
        for (var d : services.devices().all()) all.add(d.status());
        return all;
    }

    public boolean usable(DeviceKind kind) {
        return services.devices().statusOf(kind).usable();
    }

    // ---- speech ---------------------------------------------------------------------------------------------

    /** Whether speech mode is on (first tap reads a control, double tap activates it). */
    public boolean speechMode() { return speechMode.on(); }

    /** Speech mode on or off: the attract screen's button, the speech key (GPIO), the desktop's V key. */
    public void toggleSpeechMode() {
        speechMode.set(!speechMode.on());
        if (current != null) rebuild();
        if (speechMode.on()) {
            String prompt = current == null ? null : current.prompt();
            speak(t("speech.mode.on") + (prompt == null ? "" : " " + prompt));
        } else {
            speak(t("speech.mode.off"));
        }
    }

    /**
     * Says a screen's news (its prompt, her record, an error and what to do next): for everyone, or only in speech
     * mode when {@code speech.announce=speechMode}. Never blocks.
     */
    public void say(String text) {
        if (announceAlways || speechMode.on()) speak(text);
    }

    /** Joins sentences for speaking, adding a full stop where a part has none (。 or . by language). */
    public String sentences(String... parts) {
        boolean en = locale.getLanguage().equals("en");
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p == null || p.isBlank()) continue;
            String t = p.strip();
            if (b.length() > 0 && en) b.append(' ');
            b.append(t);
            if (!t.matches("(?s).*[。！？.!?：:…]$")) b.append(en ? "." : "。");
        }
        return b.toString();
    }

    /** Reads the control under her finger (speech mode only). */
    void sayControl(String text) {
        speak(text);
    }

    /** Says the current screen's prompt again (on open, after a language change, after its state moved). */
    public void announcePrompt() {
        String prompt = current == null ? null : current.prompt();
        if (prompt != null) say(prompt);
    }

    private void speak(String text) {
        speak(text, System.nanoTime());
    }

    private void speak(String text, long requestedNanos) {
        if (text == null || text.isBlank()) return;
        String fullName = null;
        if (sessions.inSession() && sessions.session().data().document() != null) fullName = sessions.session().data().document().name();
        services.speech().say(new Utterance(locale, SpokenPrivacy.guard(locale, text, fullName), requestedNanos));
    }

    private Actor volumeButton(Skin skin) {
        int v = services.speech().volume();
        // A short label: the top bar is full in English elder mode; the spoken words are the long ones.
        return Widgets.button(skin, "bar", Elements.BAR_VOLUME, v == 0 ? t("speech.volume.mute") : t("speech.volume.button", v), () -> {
            int step = Math.max(1, services.settings().speech().volumeStep());
            int next = services.speech().volume() >= 100 ? 0 : Math.min(100, services.speech().volume() + step);
            services.speech().setVolume(next);
            rebuild();
            speak(next == 0 ? t("speech.volume.mute") : t("speech.volume", next));
        });
    }

    /** Finds an actor by name anywhere on the stage. */
    public Actor find(String name) {
        return stage.getRoot().findActor(name);
    }

}
