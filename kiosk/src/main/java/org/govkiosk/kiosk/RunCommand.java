package org.govkiosk.kiosk;

import com.badlogic.gdx.backends.lwjgl3.Lwjgl3Application;
import com.badlogic.gdx.backends.lwjgl3.Lwjgl3ApplicationConfiguration;
import org.govkiosk.ui.AssembledLater;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.govkiosk.catalog.Catalog;
import org.govkiosk.fleet.FleetSettings;
import org.govkiosk.fleet.KioskFleet;
import java.util.concurrent.Callable;
import org.govkiosk.config.KioskConfig;
import org.govkiosk.config.KioskSettings;
import org.govkiosk.kiosk.gpio.GpioContextSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kiosk.jar run}: the kiosk in production. Real drivers on the configured serial ports (reopened with
 * back-off when a cable is pulled), Pi4J GPIO, CUPS, the zone's records service over HTTPS, fullscreen,
 * the systemd watchdog petted from the UI loop, and the operators' status endpoint.
 * The camera is a V4L2 device through OpenCV (devices.camera=v4l2, camera.*); the face models load on their own
 * thread while the kiosk starts. No camera, or no models: the face option shows as unavailable with the reason in
 * the log and the status endpoint, and card and app code stay usable.
 * Everything below the window is {@link KioskAssembly}, tested without one.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the kiosk on this machine's hardware (fullscreen). Devices, ports and endpoints come from --config.")
public final class RunCommand implements Callable<Integer> {
    private static final Logger log = LoggerFactory.getLogger(RunCommand.class);
    static final String VERSION = "0.1.0";
    /** EX_TEMPFAIL: asked to restart (fleet command); systemd's Restart=on-failure starts the kiosk again. */
    static final int EXIT_RESTART = 75;

    @Option(names = "--config", required = true, description = "the site config file (e.g. /etc/govkiosk/kiosk.properties)")
    Path config;

    @Option(names = "--windowed", description = "a window instead of fullscreen (for bench testing a kiosk)")
    boolean windowed;

    /** Exit status when the site config still has demo values or lacks a secret. */
    public static final int REFUSED = 3;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        org.govkiosk.startup.EarlyWarmUp.start(org.govkiosk.ui.layout.LineBreaks::warmUp);
        KioskConfig cfg = KioskConfig.load(config, Map.of());
        // Unknown or misspelt keys and bad values stop here, naming the file and the closest known key.
        KioskSettings settings = KioskSettings.bind(cfg);
        java.util.List<String> problems = ProductionChecks.problems(cfg);
        if (!problems.isEmpty()) {
            java.io.PrintWriter err = spec.commandLine().getErr();
            err.println("kiosk.jar run refuses to start with demo or missing site values (" + config + "):");
            problems.forEach(p -> err.println("  - " + p));
            err.println("The desktop launcher (kiosk-desktop.jar) is the place for demo values.");
            err.flush();
            log.error("refusing to start: {}", String.join("; ", problems));
            return REFUSED;
        }
        org.govkiosk.startup.FirstScreen.expected();
        boolean[] restart = {false};
        // The window opens while the kiosk is put together on another thread (issue 15, cold start).
        AssembledLater<KioskAssembly> later = AssembledLater.start(() -> {
            KioskAssembly kiosk = KioskAssembly.start(settings, KioskDevices.providers(GpioContextSource.shared()), false);
            kiosk.fleet().ifPresent(f -> f.attach(kiosk.app(), new KioskFleet.Hooks(() -> {
                // systemd restarts the unit on a non-zero exit (Restart=on-failure in govkiosk.service).
                restart[0] = true;
                com.badlogic.gdx.Gdx.app.exit();
            }, () -> {
                FleetSettings.from(KioskConfig.load(config, Map.of()));
                return config.toString();
            })));
            return kiosk;
        }, KioskAssembly::app);
        org.govkiosk.ui.WindowNatives.ready();
        Lwjgl3ApplicationConfiguration c = new Lwjgl3ApplicationConfiguration();
        c.setTitle("govkiosk " + settings.identity().kioskId());
        c.disableAudio(true);
        c.useVsync(true);
        // Vsync does nothing on a virtual or GPU-less display: without a cap the loop ran unthrottled (154% of a core).
        c.setForegroundFPS(cfg.integer("screen.maxFps"));
        // Between frames the backend looks for input idleFPS times a second (default 60): 30 looks cost half the CPU
        // of an idle kiosk's UI thread and add at most 33 ms to a touch (issue 15, idle CPU).
        c.setIdleFPS(cfg.integer("screen.maxFps"));
        if (windowed) c.setWindowedMode(1280, 720);
        else c.setFullscreenMode(Lwjgl3ApplicationConfiguration.getDisplayMode());
        try {
            new Lwjgl3Application(later, c);
        } catch (RuntimeException e) {
            later.assembled(); // its own failure, if that is what closed the window, reads better than the wrapper
            throw e;
        } finally {
            later.made().ifPresent(KioskAssembly::close);
        }
        if (restart[0]) log.info("exiting with {} so systemd starts the kiosk again (operator's restart command)", EXIT_RESTART);
        return restart[0] ? EXIT_RESTART : 0;
    }
}
