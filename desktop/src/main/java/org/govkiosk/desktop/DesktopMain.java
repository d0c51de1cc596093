package org.govkiosk.desktop;

import com.badlogic.gdx.backends.lwjgl3.Lwjgl3Application;
import com.badlogic.gdx.backends.lwjgl3.Lwjgl3ApplicationConfiguration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.time.Duration;
import org.govkiosk.config.KioskSettings;
import org.govkiosk.desktop.records.RecordsServiceCommand;
import org.govkiosk.desktop.scenario.Scenario;
import org.govkiosk.desktop.scenario.ScenarioException;
import org.govkiosk.desktop.scenario.ScenarioPlayer;
import org.govkiosk.desktop.scenario.ScenarioReport;
import org.govkiosk.desktop.scenario.ScenarioRun;
import org.govkiosk.ui.AssembledLater;
import org.govkiosk.ui.KioskApp;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -jar desktop/target/kiosk-desktop.jar}: the kiosk on one machine, in a window, with simulated
 * devices and the embedded records service. {@code --headless --scenario FILE} plays a scripted session.
 */
@Command(name = "kiosk-desktop.jar", mixinStandardHelpOptions = true, version = "govkiosk 0.1.0",
        description = "Development and demo launcher: the real kiosk application with simulated devices and the "
                + "embedded records service on loopback.%n%nDeveloper keys in the window:%n" + DeveloperKeys.HELP,
        subcommands = {RecordsServiceCommand.class})
public final class DesktopMain implements Callable<Integer> {
    @Option(names = "--config", description = "site config file (properties) overriding the built-in defaults")
    Path config;

    @Option(names = "--portrait", description = "1080x1920 portrait layout (default: landscape 1920x1080)")
    boolean portrait;

    @Option(names = "--elder", description = "start in elder mode (长辈模式)")
    boolean elder;

    @Option(names = "--port", defaultValue = "0", description = "records service port (default: any free port)")
    int port;

    @Option(names = "--out", defaultValue = "build/desktop", description = "where prints, receipts and reports go (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--headless", description = "no window: the libGDX headless backend (needs --scenario)")
    boolean headless;

    @Option(names = "--scenario", description = "play this scenario file (docs/scenarios.md) and exit with 0 when it passes")
    Path scenario;

    @Option(names = "--repeat", defaultValue = "1", description = "play the scenario this many times in one run (soak, memory)")
    int repeat;

    @Option(names = "--window", defaultValue = "1600x900", description = "window size in pixels (default: ${DEFAULT-VALUE}; ignored for --fullscreen)")
    String window;

    @Option(names = "--fullscreen", description = "fullscreen, as on a kiosk")
    boolean fullscreen;

    @Option(names = "--records-url", description = "use the records service at this URL (e.g. one started "
            + "with the records-service command) instead of starting one in this JVM")
    java.net.URI recordsUrl;

    @Option(names = "--records-data", description = "keep the embedded records service's database in this folder, "
            + "generated once (again only when the generator changes); 'none' for a fresh one in memory. Default: "
            + "build/records-data for a window without a scenario, in memory otherwise")
    String recordsData;

    @Option(names = "--list-cards", description = "list the synthetic ID cards (demo citizens) and exit")
    boolean listCards;

    public static void main(String[] args) {
        if (opensWindow(args)) org.govkiosk.ui.WindowAhead.start();
        System.exit(commandLine().execute(args));
    }

    /** Whether this command line will open a window: not for a headless run, a listing, help or the records service. */
    static boolean opensWindow(String[] args) {
        for (String a : args) {
            switch (a) {
                case "--headless", "--list-cards", "--help", "-h", "--version", "-V", "records-service" -> {
                    return false;
                }
                default -> { }
            }
        }
        return true;
    }

    /** The command tree; a config mistake prints the technician's words (no stack trace) and exits with 78. */
    public static CommandLine commandLine() {
        return new CommandLine(new DesktopMain()).setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (!(e instanceof org.govkiosk.config.ConfigException)) throw e;
            cmd.getErr().println("configuration error, nothing started:");
            cmd.getErr().println(e.getMessage());
            return org.govkiosk.config.ConfigException.EXIT_STATUS;
        });
    }

    @Override
    public Integer call() throws Exception {
        org.govkiosk.startup.EarlyWarmUp.start(org.govkiosk.ui.layout.LineBreaks::warmUp);
        if (listCards) {
            org.govkiosk.desktop.records.DemoCitizens.ALL.forEach(c -> System.out.println(c.key() + "\t" + c.situation()));
            System.out.println("expired\tan expired resident ID card (must be refused)");
            System.out.println("badCheckDigit\ta card whose number fails the GB 11643 check digit (must be refused)");
            return 0;
        }
        if (headless && scenario == null) throw new CommandLine.ParameterException(new CommandLine(this), "--headless needs --scenario FILE");
        Scenario script = null;
        if (scenario != null) {
            try {
                script = Scenario.load(scenario);
            } catch (ScenarioException e) {
                System.err.println(scenario + ": " + e.getMessage());
                return 2;
            } catch (java.io.IOException e) {
                System.err.println("cannot read scenario " + scenario + ": " + e);
                return 2;
            }
        }
        Map<String, String> overrides = new HashMap<>();
        if (portrait) overrides.put("screen.orientation", "portrait");
        if (elder) overrides.put("ui.elderModeDefault", "true");
        KioskSettings cfg = KioskSettings.load(config, overrides);
        Files.createDirectories(out);
        org.govkiosk.startup.FirstScreen.expected();
        if (headless) {
            ScenarioReport report = ScenarioRun.headless(cfg, script, repeat, out, Duration.ofHours(6), null, recordsUrl);
            return finish(report);
        }
        // A developer's window starts often: its records are generated once per data dir (2-9 s a start, issue 15).
        // Scenarios get fresh data in memory, as tests expect.
        String data = recordsData != null ? recordsData : script == null ? "build/records-data" : "none";
        Path dataDir = data.equals("none") ? null : Path.of(data);
        Scenario steps = script;
        // The window opens while the kiosk is put together on another thread (issue 15, cold start).
        AssembledLater<Window> later = AssembledLater.start(() -> assemble(cfg, dataDir, steps), Window::app);
        org.govkiosk.ui.WindowNatives.ready();
        try {
            new Lwjgl3Application(later, windowConfig(cfg));
        } catch (RuntimeException e) {
            later.assembled(); // its own failure, if that is what closed the window, reads better than the wrapper
            throw e;
        } finally {
            later.made().ifPresent(Window::close);
        }
        ScenarioPlayer player = later.assembled().player();
        if (player != null) {
            player.report().write(out);
            return finish(player.report());
        }
        return 0;
    }

    /** What the window shows: the kiosk, its application and, for a scripted run, the player. */
    private record Window(DesktopKiosk kiosk, KioskApp app, ScenarioPlayer player) implements AutoCloseable {
        @Override public void close() { kiosk.close(); }
    }

    private Window assemble(KioskSettings cfg, Path dataDir, Scenario script) throws Exception {
        DesktopKiosk kiosk = new DesktopKiosk(cfg, out, port, true, recordsUrl, dataDir);
        try {
            KioskApp app = new KioskApp(kiosk.services(), false);
            kiosk.attachFleet(app);
            SimulatedDeviceControl control = new SimulatedDeviceControl(kiosk);
            app.addInputProcessor(new DeveloperKeys(control, app::ui));
            ScenarioPlayer player = null;
            if (script != null) {
                ScenarioPlayer p = new ScenarioPlayer(script, repeat, control, kiosk.ticker(), out);
                player = p;
                // The player takes one step per frame: drawing on demand would slow a scripted run to the heartbeat.
                app.renderContinuously();
                app.addFrameHook(p);
                app.addFrameHook(a -> {
                    if (p.finished().getCount() == 0) com.badlogic.gdx.Gdx.app.exit();
                });
            } else {
                System.out.println("Records service: " + kiosk.records().url() + "   Output: " + out.toAbsolutePath());
                System.out.println(DeveloperKeys.HELP);
            }
            return new Window(kiosk, app, player);
        } catch (RuntimeException e) {
            kiosk.close();
            throw e;
        }
    }

    private int finish(ScenarioReport report) {
        System.out.println((report.isPassed() ? "PASSED " : "FAILED ") + scenario + " -> " + out.resolve("summary.json")
                + (report.isPassed() ? "" : "\n" + report.failure()));
        return report.isPassed() ? 0 : 1;
    }

    private Lwjgl3ApplicationConfiguration windowConfig(KioskSettings cfg) {
        Lwjgl3ApplicationConfiguration c = new Lwjgl3ApplicationConfiguration();
        c.setTitle(cfg.identity().zoneNameZh() + " — govkiosk (desktop)");
        c.disableAudio(true);
        c.useVsync(true);
        c.setForegroundFPS(cfg.screen().maxFps());
        // Between frames the backend looks for input idleFPS times a second (default 60): 30 looks cost half the CPU
        // of an idle kiosk's UI thread and add at most 33 ms to a touch (issue 15, idle CPU).
        c.setIdleFPS(cfg.screen().maxFps());
        if (fullscreen || cfg.screen().fullscreen()) {
            c.setFullscreenMode(Lwjgl3ApplicationConfiguration.getDisplayMode());
        } else {
            String[] wh = window.toLowerCase().split("x");
            int w = Integer.parseInt(wh[0].trim());
            int h = Integer.parseInt(wh[1].trim());
            if (cfg.screen().portrait() && w > h) {
                int t = w;
                w = h * 9 / 16;
                h = t * 9 / 16 > h ? h : h;
            }
            c.setWindowedMode(w, h);
        }
        return c;
    }
}
