package org.govkiosk.desktop.privacy;

import com.badlogic.gdx.backends.headless.HeadlessApplication;
import com.badlogic.gdx.backends.headless.HeadlessApplicationConfiguration;
import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.govkiosk.config.KioskSettings;
import org.govkiosk.desktop.DesktopKiosk;
import org.govkiosk.desktop.SimulatedDeviceControl;
import org.govkiosk.desktop.scenario.Scenario;
import org.govkiosk.desktop.scenario.ScenarioDevices;
import org.govkiosk.desktop.scenario.ScenarioPlayer;
import org.govkiosk.identity.DocumentType;
import org.govkiosk.identity.Gender;
import org.govkiosk.identity.IdentityDocument;
import org.govkiosk.sim.idcard.EmulatedCard;
import org.govkiosk.ui.KioskApp;

/**
 * The kiosk JVM of {@link HeapAfterSessionTest}: the desktop kiosk against a records service in another JVM
 * (as in production), one citizen's session with her card and her housing record, then a heap dump of live
 * objects a few seconds after she left. Exit 0 with the dump written; 3 when the session itself failed.
 */
public final class SessionHeapProbe {
    static final String SCRIPT = String.join("\n",
            "tap attract.start",
            "expect-screen identify",
            "device card-insert probe",
            "expect-screen catalog within 20s",
            "tap cat.housing",
            "tap item.FC-001",
            "expect-screen result",
            "wait-for result.fields within 15s",
            "device card-remove",
            "end-session",
            "expect-screen attract within 10s");

    public static void main(String[] args) throws Exception {
        URI records = URI.create(args[0]);
        Path out = Path.of(args[1]);
        Path cardFile = Path.of(args[2]);
        Path dump = Path.of(args[3]);
        int exit = play(records, out, cardFile, dump);
        System.exit(exit);
    }

    private static int play(URI records, Path out, Path cardFile, Path dump) throws Exception {
        try (DesktopKiosk kiosk = new DesktopKiosk(KioskSettings.defaults(), out, 0, records)) {
            KioskApp app = new KioskApp(kiosk.services(), true);
            SimulatedDeviceControl control = new SimulatedDeviceControl(kiosk);
            ScenarioDevices devices = new ScenarioDevices() {
                @Override
                public void command(String verb, List<String> a) {
                    if (verb.equals("card-insert") && a.equals(List.of("probe"))) {
                        kiosk.cardEmulator().placeCard(EmulatedCard.of(readCard(cardFile)));
                    } else {
                        control.command(verb, a);
                    }
                }

                @Override
                public List<String> verbs() {
                    return control.verbs();
                }
            };
            ScenarioPlayer player = new ScenarioPlayer(Scenario.parse("heap-after-session", SCRIPT), 1, devices, kiosk.ticker(), out);
            app.addFrameHook(player);
            HeadlessApplicationConfiguration hc = new HeadlessApplicationConfiguration();
            hc.updatesPerSecond = 60;
            // The headless backend leaves Gdx.gl null; KioskApp needs one (as in ScenarioRun).
            com.badlogic.gdx.graphics.GL20 gl = org.govkiosk.sim.ui.NoOpGl20.create();
            com.badlogic.gdx.Gdx.gl = gl;
            com.badlogic.gdx.Gdx.gl20 = gl;
            HeadlessApplication gdx = new HeadlessApplication(app, hc);
            try {
                if (!player.finished().await(90, TimeUnit.SECONDS) || !player.report().isPassed()) {
                    System.err.println("the session did not play: " + player.report().failure());
                    return 3;
                }
                // She has left. Give the kiosk the few seconds it has in real life before anyone could look
                // (the records client stops her HTTP client at her session's end; the GCs clear what it held).
                long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
                while (System.nanoTime() < until) {
                    System.gc();
                    Thread.sleep(250);
                }
                ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class).dumpHeap(dump.toString(), true);
            } finally {
                gdx.exit();
            }
        }
        return 0;
    }

    /** number, name, gender, birth date, address: one per line (the test's file, deleted after reading). */
    private static IdentityDocument readCard(Path file) {
        try {
            List<String> l = Files.readAllLines(file, StandardCharsets.UTF_8);
            Files.delete(file);
            LocalDate today = LocalDate.now();
            return new IdentityDocument(DocumentType.RESIDENT_ID, l.get(1), l.get(2).equals(Gender.FEMALE.code()) ? Gender.FEMALE : Gender.MALE,
                    "01", LocalDate.parse(l.get(3)), l.get(4), l.get(0), "郑州市公安局", today.minusYears(5), today.plusYears(5), Map.of());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
