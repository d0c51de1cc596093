package org.govkiosk.ui;


import com.badlogic.gdx.ApplicationAdapter;
import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.graphics.GL20;
import com.badlogic.gdx.graphics.g2d.BitmapFont;
import com.badlogic.gdx.graphics.g2d.SpriteBatch;
import com.badlogic.gdx.scenes.scene2d.Stage;
import com.badlogic.gdx.utils.viewport.ExtendViewport;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.govkiosk.config.ConfigException;
import org.govkiosk.config.FontLocator;
import org.govkiosk.config.ScreenConfig;
import org.govkiosk.session.AvailabilityBoard;
import org.govkiosk.session.AvailabilityPolicy;
import org.govkiosk.session.EndReason;
import org.govkiosk.session.SessionManager;
import org.govkiosk.session.SessionPolicy;
import org.govkiosk.session.SessionWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The libGDX application: one Stage, one Theme, the session manager ticking once per frame. The same class
 * runs in a window (desktop, kiosk) and on the headless backend (scenario runner, tests).
 */
public final class KioskApp extends ApplicationAdapter {
    private static final Logger log = LoggerFactory.getLogger(KioskApp.class);

    private final KioskServices services;
    private final boolean headless;
    private final AvailabilityBoard availability = new AvailabilityBoard();
    private final List<Consumer<KioskApp>> frameHooks = new CopyOnWriteArrayList<>();
    private final List<com.badlogic.gdx.InputProcessor> extraInput = new java.util.ArrayList<>();
    private Theme theme;
    private Stage stage;
    private SessionManager sessions;
    private volatile SessionWork work;
    /** The certificate warm-up after the first screen; cancelled at dispose. */
    private volatile java.util.concurrent.Future<?> warmUp;
    private KioskUi ui;
    private String fontProblem;
    private SpriteBatch fallbackBatch;
    private BitmapFont fallbackFont;
    private long coldStartMillis = -1;
    private boolean continuous;
    private FramePacer pacer;
    private boolean firstScreenShown;

    public KioskApp(KioskServices services, boolean headless) {
        this.services = services;
        this.headless = headless;
    }

    /** Runs after every frame on the UI thread (scenario steps, screenshots, watchdog pets). */
    public void addFrameHook(Consumer<KioskApp> hook) { frameHooks.add(hook); }

    /** Input that sees keys and touches before the Stage (the desktop's developer keys). Call before create(). */
    public void addInputProcessor(com.badlogic.gdx.InputProcessor p) { extraInput.add(p); }

    /**
     * Draw every frame instead of on demand (a windowed scenario run steps once per frame). Call before create().
     * The default in a window is on demand, see {@link FramePacer}; headless the runner drives frames itself.
     */
    public void renderContinuously() { continuous = true; }

    public KioskUi ui() { return ui; }
    public Stage stage() { return stage; }
    /** UI thread only; other threads read {@link #availability()}. */
    public SessionManager sessions() { return sessions; }
    /** The kiosk's published state and out-of-service reasons: any thread, from before {@link #create()} on. */
    public AvailabilityBoard availability() { return availability; }
    public boolean headless() { return headless; }

    /** Fire-and-forget background tasks that failed since start (each logged): any thread, for the status endpoint. */
    public long backgroundFailures() {
        SessionWork w = work;
        return w == null ? 0 : w.failures();
    }
    public String fontProblem() { return fontProblem; }

    /**
     * Milliseconds from the JVM's start to the first frame of the attract screen (cold start), or -1. Counted on the
     * JVM's uptime clock, which starts before the VM is created: {@code RuntimeMXBean.getStartTime()} is when the VM had
     * finished creating itself, which left out its first 0.07-0.2 s (mapping the class-data archive among them).
     */
    public long coldStartMillis() {
        return coldStartMillis;
    }

    @Override
    public void create() {
        if (Gdx.gl == null) {
            // The headless backend has no GL; the launcher that runs headless supplies a stub (core-sim's NoOpGl20)
            // so production core carries no simulation code.
            throw new IllegalStateException("no GL context: a headless run must set Gdx.gl before the application starts");
        }
        ScreenConfig screen = services.settings().screen();
        if (!headless && !continuous) {
            Gdx.graphics.setContinuousRendering(false);
            pacer = FramePacer.from(screen, Gdx.graphics::requestRendering);
            pacer.start();
            pacer.requestFrame();
        }
        Path font;
        try {
            font = FontLocator.require(screen.fontPath());
        } catch (ConfigException e) {
            fontProblem = e.getMessage();
            log.error("{}", fontProblem);
            fallbackBatch = new SpriteBatch();
            fallbackFont = new BitmapFont();
            return;
        }
        java.util.Optional<Path> latinFont = FontLocator.findLatin(screen.latinFontPath());
        if (latinFont.isEmpty()) {
            log.warn("No Latin font (looked in {}): English is set in the CJK font's Latin glyphs. Run scripts/fetch-font.",
                    "font.latinPath, fonts/" + FontLocator.LATIN_FILE_NAME);
        }
        theme = new Theme(font, latinFont, screen.dpi());
        boolean portrait = screen.portrait();
        stage = new Stage(new ExtendViewport(portrait ? 1080 : 1920, portrait ? 1920 : 1080));
        if (headless) stage.getViewport().update(portrait ? 1080 : 1920, portrait ? 1920 : 1080, true);
        com.badlogic.gdx.InputMultiplexer input = new com.badlogic.gdx.InputMultiplexer();
        extraInput.forEach(input::addProcessor);
        input.addProcessor(stage);
        Gdx.input.setInputProcessor(input);
        sessions = new SessionManager(SessionPolicy.from(services.settings().session()), services.ticker(),
                new AvailabilityPolicy(services.settings().records().healthFailuresBeforeOutOfService()), availability);
        work = new SessionWork(sessions, Gdx.app::postRunnable, 4);
        ui = new KioskUi(services, sessions, work, theme, stage, Gdx.app::postRunnable);
        if (pacer != null) ui.frameRequests(pacer);
        warmUp = work.fire(() -> {
            // After the first screen: on 2 cores these seconds of CPU competed with the window and fonts (issue 15).
            try {
                org.govkiosk.startup.FirstScreen.await(java.time.Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            services.catalog().prepareSearch();
            try {
                services.documents().warmUp();
            } catch (Exception e) {
                log.warn("certificate warm-up failed (the first print will be slower or fail): {}", e.toString());
            }
        });
        // Devices started before the window: the policy hears their state first, then the kiosk opens (or does not).
        sessions.devicesChanged(ui.deviceStatuses());
        sessions.ready();
    }

    @Override
    public void resize(int width, int height) {
        if (stage == null || headless) return;
        stage.getViewport().update(width, height, true);
        ui.rebuild();
    }

    @Override
    public void render() {
        float delta = Math.min(Gdx.graphics.getDeltaTime(), 0.25f);
        if (fontProblem != null) {
            renderFontProblem();
            return;
        }
        ui.update(delta);
        stage.act(delta);
        if (!headless) {
            var page = theme.palette().page();
            Gdx.gl.glClearColor(page.r, page.g, page.b, 1);
            Gdx.gl.glClear(GL20.GL_COLOR_BUFFER_BIT);
            stage.draw();
        } else {
            layoutWithoutDrawing();
        }
        if (!firstScreenShown && ui.current() != null) {
            firstScreenShown = true;
            org.govkiosk.startup.FirstScreen.shown();
        }
        if (coldStartMillis < 0 && ui.current() != null && ui.current().name().equals("attract")) {
            coldStartMillis = ManagementFactory.getRuntimeMXBean().getUptime();
            log.info("attract screen ready: cold start {} ms", coldStartMillis());
        }
        for (Consumer<KioskApp> h : frameHooks) h.accept(this);
        if (pacer != null) pacer.afterFrame(stage.getRoot(), sessions.inSession());
    }

    /**
     * scene2d lays widgets out when they are drawn; headless nothing is drawn, so lay out parents before
     * children here: taps and size checks then see the same geometry as a real screen.
     */
    private void layoutWithoutDrawing() {
        for (com.badlogic.gdx.scenes.scene2d.Actor a : StageWalk.actors(stage)) {
            // A scroll pane moves its content to the scroll position only in draw() or layout(): headless, a
            // scroll (a tap scrolling an element into view) would never move anything without this.
            if (a instanceof com.badlogic.gdx.scenes.scene2d.ui.ScrollPane pane) pane.invalidate();
            if (a instanceof com.badlogic.gdx.scenes.scene2d.utils.Layout l) l.validate();
        }
    }

    private void renderFontProblem() {
        if (headless) {
            for (Consumer<KioskApp> h : frameHooks) h.accept(this);
            return;
        }
        Gdx.gl.glClearColor(0.1f, 0.1f, 0.1f, 1);
        Gdx.gl.glClear(GL20.GL_COLOR_BUFFER_BIT);
        fallbackBatch.begin();
        fallbackFont.getData().setScale(1.6f);
        fallbackFont.draw(fallbackBatch, "The kiosk cannot start: no Chinese font.\n\n" + FontLocator.HOW_TO_FIX,
                40, Gdx.graphics.getHeight() - 40, Gdx.graphics.getWidth() - 80, com.badlogic.gdx.utils.Align.left, true);
        fallbackBatch.end();
        for (Consumer<KioskApp> h : frameHooks) h.accept(this);
    }

    @Override
    public void dispose() {
        if (pacer != null) pacer.close();
        if (sessions != null && sessions.inSession()) sessions.end(EndReason.SHUTDOWN);
        // A kiosk stopping seconds after its start need not finish warming up (close() would wait for it).
        if (warmUp != null) warmUp.cancel(true);
        if (work != null) work.close();
        if (stage != null) stage.dispose();
        if (ui != null) ui.illustrations().dispose();
        if (theme != null) theme.dispose();
        if (fallbackBatch != null) fallbackBatch.dispose();
        if (fallbackFont != null) fallbackFont.dispose();
    }
}
