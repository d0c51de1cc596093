package org.govkiosk.desktop.scenario;

import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.graphics.Pixmap;
import com.badlogic.gdx.graphics.PixmapIO;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.stream.Stream;
import com.badlogic.gdx.scenes.scene2d.ui.ScrollPane;
import org.govkiosk.session.AdjustableTicker;
import org.govkiosk.session.EndReason;
import org.govkiosk.sim.ui.UiDriver;
import org.govkiosk.ui.Elements;
import org.govkiosk.ui.KioskApp;

/**
 * Plays a scenario against the running application, one step per frame at most, on the UI thread: the same
 * screens, session logic and devices as a citizen gets. Waiting steps poll each frame until their timeout.
 * When done it fills a {@link ScenarioReport} and releases {@link #finished()}.
 */
public final class ScenarioPlayer implements Consumer<KioskApp> {
    private final Scenario scenario;
    private final int iterations;
    private final ScenarioDevices devices;
    private final AdjustableTicker ticker;
    private final Path outDir;
    private final ScenarioReport report;
    private final CountDownLatch finished = new CountDownLatch(1);

    private int iteration;
    private int index;
    private long stepStart;
    private long iterationStart;
    private CompletableFuture<Void> pending;
    private int typed;
    private String lastTap = "";
    /** Where the finger of a {@code hold} step is down, in screen coordinates; null when no hold is under way. */
    private com.badlogic.gdx.math.Vector2 heldAt;
    private boolean waitingForAttract = true;
    private List<ScenarioReport.StepResult> steps = new ArrayList<>();
    private final List<String> layoutProblems = new ArrayList<>();
    private final List<String> checkedLayouts = new ArrayList<>();

    public ScenarioPlayer(Scenario scenario, int iterations, ScenarioDevices devices, AdjustableTicker ticker, Path outDir) {
        this.scenario = scenario;
        this.iterations = iterations;
        this.devices = devices;
        this.ticker = ticker;
        this.outDir = outDir;
        this.report = new ScenarioReport(scenario.name(), scenario.steps(), iterations);
    }

    public CountDownLatch finished() { return finished; }

    public ScenarioReport report() { return report; }

    @Override
    public void accept(KioskApp app) {
        if (finished.getCount() == 0) return;
        if (app.fontProblem() != null) {
            fail(app, new ScenarioException(0, app.fontProblem()));
            return;
        }
        try {
            frame(app);
        } catch (ScenarioException e) {
            fail(app, e);
        } catch (RuntimeException e) {
            fail(app, new ScenarioException(index < scenario.steps().size() ? scenario.steps().get(index).line() : 0,
                    e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    private void frame(KioskApp app) {
        long now = System.nanoTime();
        if (waitingForAttract) {
            // Each iteration starts like a citizen walking up: attract screen, no session.
            if (app.ui().current() != null && app.ui().current().name().equals("attract") && !app.sessions().inSession()) {
                waitingForAttract = false;
                iterationStart = now;
                stepStart = now;
                index = 0;
                steps = new ArrayList<>();
            } else {
                if (stepStart == 0) stepStart = now;
                if (now - stepStart > Duration.ofSeconds(20).toNanos()) {
                    throw new ScenarioException(0, "iteration " + (iteration + 1) + " did not start: kiosk not back on the attract screen");
                }
                return;
            }
        }
        Step step = scenario.steps().get(index);
        if (stepStart == 0) stepStart = now;
        boolean done = run(app, step, now - stepStart);
        if (!done) {
            if (now - stepStart > step.timeout().toNanos()) {
                throw new ScenarioException(step.line(), "'" + step.text() + "' did not happen within " + step.timeout().toMillis()
                        + " ms" + (step.verb().equals("tap") ? " (last try: " + lastTap + ")" : "") + "; screen " + screen(app)
                        + " shows " + UiDriver.texts(app.stage()));
            }
            return;
        }
        steps.add(new ScenarioReport.StepResult(step.line(), step.text(), (now - stepStart) / 1_000_000.0));
        index++;
        stepStart = now;
        typed = 0;
        pending = null;
        if (index == scenario.steps().size()) endIteration(app, now);
    }

    private void endIteration(KioskApp app, long now) {
        iteration++;
        report.iterationDone((now - iterationStart) / 1_000_000.0, steps, app.ui().visited());
        if (iteration == Math.min(10, iterations) || iteration == iterations) {
            report.heapAfter(iteration, usedHeapAfterGc());
        }
        if (iteration == iterations) {
            if (!layoutProblems.isEmpty()) {
                writeLayoutProblems();
                report.failed(iteration, layoutProblems.size() + " layout problems:\n" + String.join("\n", layoutProblems), steps,
                        app.ui().visited());
                finished.countDown();
                return;
            }
            report.passed(steps, app.coldStartMillis(), outputs());
            finished.countDown();
            return;
        }
        waitingForAttract = true;
        stepStart = 0;
    }

    private boolean run(KioskApp app, Step step, long elapsedNanos) {
        switch (step.verb()) {
            case "hold" -> {
                // A finger held on an element: touch down, keep it there for the duration, lift it.
                Duration d = Scenario.duration(step.line(), step.arg(1));
                if (heldAt == null) {
                    com.badlogic.gdx.scenes.scene2d.Actor a = app.stage().getRoot().findActor(step.arg(0));
                    if (a == null || !UiDriver.visible(a)) return false;
                    com.badlogic.gdx.math.Vector2 centre = a.localToStageCoordinates(new com.badlogic.gdx.math.Vector2(a.getWidth() / 2, a.getHeight() / 2));
                    heldAt = app.stage().stageToScreenCoordinates(centre);
                    app.stage().touchDown((int) heldAt.x, (int) heldAt.y, 0, 0);
                    return false;
                }
                if (elapsedNanos < d.toNanos()) return false;
                app.stage().touchUp((int) heldAt.x, (int) heldAt.y, 0, 0);
                heldAt = null;
                return true;
            }
            case "tap" -> {
                UiDriver.TapResult r = UiDriver.tappable(app.stage(), step.arg(0)) ? UiDriver.tap(app.stage(), step.arg(0))
                        : UiDriver.TapResult.HIDDEN;
                lastTap = r + " " + UiDriver.describe(app.stage(), step.arg(0));
                return r == UiDriver.TapResult.TAPPED;
            }
            case "type" -> {
                String text = step.rest(0).toLowerCase(Locale.ROOT);
                if (app.stage().getRoot().findActor(Elements.KEYBOARD) == null) {
                    UiDriver.tap(app.stage(), Elements.CATALOG_SEARCH);
                    return false;
                }
                while (typed < text.length()) {
                    char c = text.charAt(typed);
                    String key = c == ' ' ? Elements.KEY_SPACE : Elements.key(String.valueOf(c));
                    if (UiDriver.tap(app.stage(), key) != UiDriver.TapResult.TAPPED) {
                        throw new ScenarioException(step.line(), "no key '" + key + "' on the on-screen keyboard");
                    }
                    typed++;
                    return false; // one key per frame, as the screen rebuilds after each
                }
                return true;
            }
            case "expect-screen" -> {
                return screen(app).equals(step.arg(0));
            }
            case "expect-text" -> {
                String t = step.rest(0);
                return UiDriver.texts(app.stage()).stream().anyMatch(s -> s.contains(t));
            }
            case "expect-no-text" -> {
                String t = step.rest(0);
                List<String> texts = UiDriver.texts(app.stage());
                if (texts.stream().anyMatch(s -> s.contains(t))) {
                    throw new ScenarioException(step.line(), "'" + t + "' is on screen: " + texts);
                }
                return true;
            }
            case "wait-for" -> {
                return UiDriver.tappable(app.stage(), step.arg(0));
            }
            case "wait-gone" -> {
                var a = app.stage().getRoot().findActor(step.arg(0));
                return a == null || !UiDriver.visible(a);
            }
            case "device" -> {
                if (pending == null) {
                    String verb = step.arg(0);
                    List<String> args = step.args().subList(1, step.args().size());
                    // Device commands may block (a pty write, an emulator reset): never on the UI thread.
                    pending = CompletableFuture.runAsync(() -> devices.command(verb, args));
                }
                if (!pending.isDone()) return false;
                try {
                    pending.join();
                } catch (RuntimeException e) {
                    Throwable cause = e.getCause() == null ? e : e.getCause();
                    throw new ScenarioException(step.line(), cause.getMessage());
                }
                return true;
            }
            case "advance" -> {
                ticker.advance(Scenario.duration(step.line(), step.arg(0)));
                return true;
            }
            case "sleep" -> {
                return elapsedNanos >= Scenario.duration(step.line(), step.arg(0)).toNanos();
            }
            case "screenshot" -> {
                if (!app.headless()) screenshot(step.arg(0));
                return true;
            }
            case "expect-file" -> {
                return !matching(step.arg(0)).isEmpty();
            }
            case "check-layout" -> {
                checkLayout(app, step);
                return true;
            }
            case "expect-accessible" -> {
                List<String> problems = org.govkiosk.ui.AccessibilityCheck.check(app.stage(), app.ui().theme(), app.ui().elder());
                if (!problems.isEmpty()) {
                    throw new ScenarioException(step.line(), "screen " + screen(app) + " fails the accessibility minimums: " + problems);
                }
                return true;
            }
            case "scroll" -> {
                ScrollPane pane = scrollPane(app, step);
                pane.setScrollY(pixels(step));
                pane.updateVisualScroll();
                return true;
            }
            case "expect-scroll" -> {
                ScrollPane pane = scrollPane(app, step);
                float want = pixels(step);
                if (Math.abs(pane.getScrollY() - want) > 1) {
                    throw new ScenarioException(step.line(), step.arg(0) + " is scrolled to " + pane.getScrollY() + ", not " + want
                            + " (screen " + screen(app) + ")");
                }
                return true;
            }
            case "expect-in-view" -> {
                com.badlogic.gdx.scenes.scene2d.Actor a = app.stage().getRoot().findActor(step.arg(0));
                if (a == null || !UiDriver.visible(a)) {
                    throw new ScenarioException(step.line(), "no element '" + step.arg(0) + "' on screen " + screen(app));
                }
                String why = outOfView(app, a);
                if (why != null) throw new ScenarioException(step.line(), step.arg(0) + " " + why + " (screen " + screen(app) + ")");
                return true;
            }
            case "end-session" -> {
                app.sessions().end(EndReason.CANCELLED);
                return true;
            }
            default -> throw new ScenarioException(step.line(), "unknown step " + step.verb());
        }
    }

    /** Why the actor cannot be seen whole without scrolling, or null when it can. */
    private static String outOfView(KioskApp app, com.badlogic.gdx.scenes.scene2d.Actor a) {
        com.badlogic.gdx.math.Rectangle box = stageBox(a);
        for (com.badlogic.gdx.scenes.scene2d.Actor p = a.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane pane && !contains(stageBox(pane), box)) {
                return "is outside the visible part of its scroll pane (at " + box + ", the pane shows " + stageBox(pane) + ")";
            }
        }
        com.badlogic.gdx.math.Rectangle screen = new com.badlogic.gdx.math.Rectangle(0, 0, app.stage().getWidth(), app.stage().getHeight());
        return contains(screen, box) ? null : "is off the screen (at " + box + ")";
    }

    private static com.badlogic.gdx.math.Rectangle stageBox(com.badlogic.gdx.scenes.scene2d.Actor a) {
        com.badlogic.gdx.math.Vector2 lo = a.localToStageCoordinates(new com.badlogic.gdx.math.Vector2(0, 0));
        return new com.badlogic.gdx.math.Rectangle(lo.x, lo.y, a.getWidth(), a.getHeight());
    }

    /** With a pixel of slack for rounding. */
    private static boolean contains(com.badlogic.gdx.math.Rectangle outer, com.badlogic.gdx.math.Rectangle inner) {
        return inner.x >= outer.x - 1 && inner.y >= outer.y - 1 && inner.x + inner.width <= outer.x + outer.width + 1
                && inner.y + inner.height <= outer.y + outer.height + 1;
    }

    private static ScrollPane scrollPane(KioskApp app, Step step) {
        if (app.stage().getRoot().findActor(step.arg(0)) instanceof ScrollPane pane) return pane;
        throw new ScenarioException(step.line(), "no scroll pane named '" + step.arg(0) + "' on screen " + screen(app));
    }

    private static float pixels(Step step) {
        try {
            return Float.parseFloat(step.arg(1));
        } catch (NumberFormatException e) {
            throw new ScenarioException(step.line(), "'" + step.arg(1) + "' is not a number of pixels");
        }
    }

    private static String screen(KioskApp app) {
        return app.ui().current() == null ? "(none)" : app.ui().current().name();
    }

    /**
     * The layout check on the screen as it is now (every problem is collected; the run fails at its end with all of
     * them, so one run shows the whole matrix). In a window it also saves the screenshot for the contact sheet.
     */
    private void checkLayout(KioskApp app, Step step) {
        String name = step.arg(0);
        List<org.govkiosk.ui.layout.LayoutCheck.Violation> found =
                org.govkiosk.ui.layout.LayoutCheck.check(app.stage(), app.ui().theme(), app.ui().elder());
        for (var v : found) layoutProblems.add(name + " (" + screen(app) + ", line " + step.line() + "): " + v);
        checkedLayouts.add(name);
        if (!app.headless()) screenshot(name);
    }

    /** Problems the layout checks of this run found so far, and the screens they looked at. */
    public List<String> layoutProblems() { return List.copyOf(layoutProblems); }

    public List<String> checkedLayouts() { return List.copyOf(checkedLayouts); }

    private void screenshot(String name) {
        int w = Gdx.graphics.getBackBufferWidth();
        int h = Gdx.graphics.getBackBufferHeight();
        Pixmap p = Pixmap.createFromFrameBuffer(0, 0, w, h);
        try {
            Files.createDirectories(outDir.resolve("screens"));
            PixmapIO.writePNG(Gdx.files.absolute(outDir.resolve("screens").resolve(name + ".png").toString()), p,
                    java.util.zip.Deflater.DEFAULT_COMPRESSION, true);
        } catch (IOException e) {
            throw new ScenarioException(0, "cannot write screenshot: " + e.getMessage());
        } finally {
            p.dispose();
        }
    }

    private void writeLayoutProblems() {
        try {
            Files.createDirectories(outDir);
            Files.write(outDir.resolve("layout-problems.txt"), layoutProblems);
        } catch (IOException e) {
            // The report carries them too.
        }
    }

    private List<String> matching(String glob) {
        PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        if (!Files.isDirectory(outDir)) return List.of();
        try (Stream<Path> s = Files.walk(outDir)) {
            return s.filter(Files::isRegularFile).map(outDir::relativize).filter(m::matches).map(Path::toString).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private List<String> outputs() {
        return matching("**").stream().filter(p -> !p.startsWith("summary")).sorted().toList();
    }

    /** Ends a run that overran its time limit (the UI thread may be stuck: report from here). */
    public void abort(String why) {
        if (finished.getCount() == 0) return;
        report.failed(iteration + 1, why, steps, List.of());
        finished.countDown();
    }

    private void fail(KioskApp app, ScenarioException e) {
        report.failed(iteration + 1, e.getMessage(), steps, app.ui() == null ? List.of() : app.ui().visited());
        finished.countDown();
    }

    static long usedHeapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(30);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
