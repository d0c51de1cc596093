package org.govkiosk.desktop.scenario;

import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.backends.headless.HeadlessApplication;
import com.badlogic.gdx.backends.headless.HeadlessApplicationConfiguration;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.govkiosk.config.KioskSettings;
import org.govkiosk.desktop.DesktopKiosk;
import org.govkiosk.desktop.SimulatedDeviceControl;
import org.govkiosk.sim.ui.NoOpGl20;
import org.govkiosk.ui.KioskApp;

/**
 * Runs a scenario headless against a fresh desktop kiosk (records service, emulators, real screens) and
 * returns its report; used by the launcher's {@code --headless} and by the acceptance tests.
 */
public final class ScenarioRun {
    private ScenarioRun() {}

    /**
     * @param inspect called with the kiosk after the scenario, before it is closed (tests look at emulators,
     *                the records service, output files); may be null
     */
    public static ScenarioReport headless(KioskSettings config, Scenario scenario, int repeat, Path out, Duration limit,
                                          Consumer<DesktopKiosk> inspect) throws IOException, InterruptedException {
        return headless(config, scenario, repeat, out, limit, inspect, null);
    }

    /** @param externalRecords a records service in another process (the memory benchmark), or null for the embedded one */
    public static ScenarioReport headless(KioskSettings config, Scenario scenario, int repeat, Path out, Duration limit,
                                          Consumer<DesktopKiosk> inspect, java.net.URI externalRecords)
            throws IOException, InterruptedException {
        try (DesktopKiosk kiosk = new DesktopKiosk(config, out, 0, externalRecords)) {
            KioskApp app = new KioskApp(kiosk.services(), true);
            kiosk.attachFleet(app);
            ScenarioPlayer player = new ScenarioPlayer(scenario, repeat, new SimulatedDeviceControl(kiosk), kiosk.ticker(), out);
            app.addFrameHook(player);
            HeadlessApplicationConfiguration hc = new HeadlessApplicationConfiguration();
            hc.updatesPerSecond = 120;
            // The headless backend leaves Gdx.gl null; KioskApp needs one to build its Stage and fonts.
            com.badlogic.gdx.graphics.GL20 gl = NoOpGl20.create();
            Gdx.gl = gl;
            Gdx.gl20 = gl;
            HeadlessApplication gdx = new HeadlessApplication(app, hc);
            if (!player.finished().await(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                player.abort("the whole run took longer than " + limit.toSeconds() + " s");
            }
            gdx.exit();
            awaitLoopEnd();
            if (inspect != null) inspect.accept(kiosk);
            player.report().write(out);
            return player.report();
        }
    }

    private static void awaitLoopEnd() throws InterruptedException {
        // HeadlessApplication has no join(): its loop thread is named "HeadlessApplication".
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals("HeadlessApplication")) t.join(TimeUnit.SECONDS.toMillis(10));
        }
    }
}
