package org.govkiosk.desktop.bench;

import com.badlogic.gdx.backends.headless.HeadlessApplication;
import com.badlogic.gdx.backends.headless.HeadlessApplicationConfiguration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.govkiosk.config.KioskSettings;
import org.govkiosk.desktop.DesktopKiosk;
import org.govkiosk.desktop.SimulatedDeviceControl;
import org.govkiosk.desktop.scenario.Scenario;
import org.govkiosk.desktop.scenario.ScenarioPlayer;
import javax.sound.sampled.AudioFormat;
import org.govkiosk.speech.AudioSink;
import org.govkiosk.speech.PacedPlayback;
import org.govkiosk.speech.EspeakNg;
import org.govkiosk.speech.Speech;
import org.govkiosk.speech.SpeechListener;
import org.govkiosk.ui.KioskServices;
import org.govkiosk.speech.Utterance;
import org.govkiosk.ui.KioskApp;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Benchmark harness, not a test (no timing assertions): screen change -> first audio sample. Plays the seed story
 * (scenarios/housing-certificate.scenario) N times headless with the real espeak-ng on an output paced like a sound
 * card (there is none here; a newer utterance interrupts the older one, as on a kiosk), and takes, for every prompt said when a screen opened, the time from the start of {@code KioskUi.show} (screen
 * built, prompt composed, espeak-ng started, text piped in, WAV header parsed) to the first PCM sample handed to the
 * output. Runs only with {@code -Dgovkiosk.bench=true}; results and the command are in docs/performance.md.
 */
@Timeout(value = 20, unit = TimeUnit.MINUTES)
class SpeechLatencyBenchmark {
    private static final int RUNS = Integer.getInteger("govkiosk.bench.runs", 20);

    @Test
    void screenChangeToFirstAudioSample() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("govkiosk.bench"), "benchmark: run with -Dgovkiosk.bench=true");
        Path file = Path.of(System.getProperty("govkiosk.bench.scenario", "../scenarios/housing-certificate.scenario"));
        Path out = Files.createTempDirectory("speech-bench");
        Map<String, List<Double>> byLanguage = new ConcurrentHashMap<>();
        List<Double> all = java.util.Collections.synchronizedList(new ArrayList<>());
        KioskSettings config = KioskSettings.load(null, Map.of(
                "desktop.dataDir", Path.of("target", "acceptance-data").toAbsolutePath().toString()));
        try (DesktopKiosk kiosk = new DesktopKiosk(config, out, 0)) {
            // No sound card here: an output that takes samples at a sound card's pace, so a newer prompt interrupts
            // the older one as on a kiosk (a file output would queue them and measure the queue instead).
            var s = kiosk.services();
            Speech speech = EspeakNg.start(EspeakNg.Settings.of(config.speech()), new PacedOutput());
            KioskServices services = new KioskServices(s.settings(), s.catalog(), s.records(), s.devices(), s.documents(), s.ticker(), speech);
            speech.setListener(new SpeechListener() {
                @Override
                public void firstSample(Utterance u, long atNanos) {
                    double ms = (atNanos - u.requestedNanos()) / 1e6;
                    all.add(ms);
                    byLanguage.computeIfAbsent(u.language(), k -> java.util.Collections.synchronizedList(new ArrayList<>())).add(ms);
                }
            });
            KioskApp app = new KioskApp(services, true);
            ScenarioPlayer player = new ScenarioPlayer(Scenario.load(file), RUNS, new SimulatedDeviceControl(kiosk), kiosk.ticker(), out);
            app.addFrameHook(player);
            HeadlessApplicationConfiguration hc = new HeadlessApplicationConfiguration();
            hc.updatesPerSecond = 120;
            // As ScenarioRun: the headless backend leaves Gdx.gl null and KioskApp needs one.
            com.badlogic.gdx.graphics.GL20 gl = org.govkiosk.sim.ui.NoOpGl20.create();
            com.badlogic.gdx.Gdx.gl = gl;
            com.badlogic.gdx.Gdx.gl20 = gl;
            HeadlessApplication gdx = new HeadlessApplication(app, hc);
            if (!player.finished().await(15, TimeUnit.MINUTES)) player.abort("the benchmark took longer than 15 minutes");
            gdx.exit();
            // The same adapter without the UI and without a newer prompt cutting in: one prompt at a time.
            List<Double> alone = java.util.Collections.synchronizedList(new ArrayList<>());
            String prompt = new org.govkiosk.i18n.Messages(org.govkiosk.i18n.Messages.ZH).get("identify.title");
            for (int i = 0; i < 20; i++) {
                java.util.concurrent.CountDownLatch first = new java.util.concurrent.CountDownLatch(1);
                speech.setListener(new SpeechListener() {
                    @Override
                    public void firstSample(Utterance u, long atNanos) {
                        alone.add((atNanos - u.requestedNanos()) / 1e6);
                        first.countDown();
                    }
                });
                speech.say(Utterance.of(java.util.Locale.SIMPLIFIED_CHINESE, prompt + "。刷身份证：把身份证平放在下方读卡区。"));
                first.await(10, TimeUnit.SECONDS);
                speech.stop();
                Thread.sleep(200);
            }
            byLanguage.put("one prompt at a time, no UI (say -> first sample)", alone);
            speech.close();
            // Timing is reported either way: a records-service timeout under load fails the script, not the speech.
            if (!player.report().isPassed()) System.out.println("NOTE scenario failed: " + player.report().failure());
        }
        System.out.printf("%s x %d, real espeak-ng to a sound-card-paced output, load %s%n", file, RUNS,
                Files.readString(Path.of("/proc/loadavg")).strip());
        print("screen change -> first audio sample (prompts not cut before their first sample)", all);
        byLanguage.forEach((lang, v) -> print("  " + lang, v));
    }

    /** Takes 16-bit samples at 22050 Hz, as a sound card plays them; stops at once when cut short. */
    static final class PacedOutput implements AudioSink {
        @Override public boolean realTime() { return true; }

        @Override public String describe() { return "paced benchmark output"; }

        @Override
        public Playback start(Utterance u, AudioFormat format) {
            return new PacedPlayback(format, () -> { });
        }
    }

    private static void print(String what, List<Double> values) {
        double[] ms = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(ms);
        if (ms.length == 0) {
            System.out.println(what + ": nothing measured");
            return;
        }
        System.out.printf("%-55s n=%d p50 %6.1f p90 %6.1f p99 %6.1f max %6.1f ms%n", what, ms.length, ms[ms.length / 2],
                ms[(int) Math.min(ms.length - 1, Math.ceil(ms.length * 0.9) - 1)],
                ms[(int) Math.min(ms.length - 1, Math.ceil(ms.length * 0.99) - 1)], ms[ms.length - 1]);
    }
}
