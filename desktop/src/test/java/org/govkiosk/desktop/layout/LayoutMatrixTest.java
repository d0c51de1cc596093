package org.govkiosk.desktop.layout;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.govkiosk.config.KioskSettings;
import org.govkiosk.desktop.scenario.Scenario;
import org.govkiosk.desktop.scenario.ScenarioReport;
import org.govkiosk.desktop.scenario.ScenarioRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The layout check over the whole matrix: scenarios/layout-matrix.scenario (every screen and state, errors, the
 * timeout warning, maintenance, out of service) in zh/en x standard/elder x landscape/portrait. Each
 * {@code check-layout} step runs ui.layout.LayoutCheck on the laid-out stage; one run collects every problem and the
 * test fails listing all of them. With a display (./dev test starts Xvfb) the runs play in a real OpenGL window and
 * save a screenshot per check, which {@link ContactSheet} puts on one page in docs/images/; without one they run
 * headless (same geometry, no pictures).
 */
class LayoutMatrixTest {
    static final Path OUT = Path.of("target", "layout-matrix").toAbsolutePath();

    /** One cell of the matrix: its name and its config overrides. */
    record Mode(String name, String language, boolean elder, boolean portrait, boolean night) {
        Map<String, String> overrides() {
            Map<String, String> m = new HashMap<>();
            m.put("ui.language", language);
            m.put("ui.elderModeDefault", Boolean.toString(elder));
            m.put("screen.orientation", portrait ? "portrait" : "landscape");
            m.put("ui.theme", night ? "night" : "day");
            // The demo citizens the scenario uses are always there; fewer generated ones start the service faster.
            m.put("records.service.citizens", "20");
            m.put("receipt.statusTimeout", "5s");
            m.put("desktop.dataDir", Path.of("target", "acceptance-data").toAbsolutePath().toString());
            return m;
        }

        String window() { return portrait ? "1080x1920" : "1920x1080"; }
    }

    /** zh/en x standard/elder x landscape/portrait in day colours, and two modes in the night colours. */
    static List<Mode> modes() {
        List<Mode> out = new ArrayList<>();
        for (boolean portrait : new boolean[] {false, true}) {
            for (String lang : new String[] {"zh", "en"}) {
                for (boolean elder : new boolean[] {false, true}) {
                    out.add(new Mode(lang + (elder ? "-elder" : "") + (portrait ? "-portrait" : "-landscape"), lang, elder, portrait, false));
                }
            }
        }
        // The night palette's contrast, in the tightest layout.
        out.add(new Mode("en-elder-portrait-night", "en", true, true, true));
        out.add(new Mode("zh-landscape-night", "zh", false, false, true));
        return out;
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.MINUTES)
    void everyScreenHoldsUpInEveryMode() throws Exception {
        Path scenario = scenarios().resolve("layout-matrix.scenario");
        boolean window = System.getenv("DISPLAY") != null && !System.getenv("DISPLAY").isBlank()
                && !Boolean.getBoolean("layout.headless");
        List<String> problems = new ArrayList<>();
        List<Path> shots = new ArrayList<>();
        // -Dlayout.modes=en-elder-portrait,zh-landscape: only those (while fixing one mode).
        String only = System.getProperty("layout.modes", "");
        for (Mode m : modes()) {
            if (!only.isBlank() && !List.of(only.split(",")).contains(m.name())) continue;
            Path out = OUT.resolve(m.name());
            deleteTree(out);
            Files.createDirectories(out);
            if (window) {
                String failure = runInWindow(m, scenario, out);
                if (failure != null) problems.add(m.name() + ": " + failure);
            } else {
                ScenarioReport r = ScenarioRun.headless(KioskSettings.load(null, m.overrides()), Scenario.load(scenario), 1, out,
                        Duration.ofMinutes(3), null);
                if (!r.isPassed()) problems.add(m.name() + ": " + r.failure());
            }
            shots.add(out.resolve("screens"));
        }
        if (window) {
            Path sheet = ContactSheet.write(modes().stream().map(Mode::name).toList(), shots, docsImages());
            assertTrue(Files.size(sheet) > 10_000, "contact sheet " + sheet + " is nearly empty");
        }
        if (!problems.isEmpty()) fail(problems.size() + " of " + modes().size() + " modes have layout problems:\n" + String.join("\n\n", problems));
    }

    /** The real window (GLFW initialises once per process, hence a process per mode). Null when it passed. */
    private static String runInWindow(Mode m, Path scenario, Path out) throws Exception {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path cfg = out.resolve("mode.properties");
        StringBuilder props = new StringBuilder();
        m.overrides().forEach((k, v) -> props.append(k).append('=').append(v.replace("\\", "\\\\")).append('\n'));
        Files.writeString(cfg, props);
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-cp", cp,
                "org.govkiosk.desktop.DesktopMain", "--window", m.window(), "--config", cfg.toString(),
                "--scenario", scenario.toString(), "--out", out.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.resolve("run.log").toFile()).start();
        if (!p.waitFor(4, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            return "did not finish in 4 minutes; see " + out.resolve("run.log");
        }
        if (p.exitValue() == 0) return null;
        Path problems = out.resolve("layout-problems.txt");
        if (Files.exists(problems)) return String.join("\n", Files.readAllLines(problems));
        List<String> log = Files.readAllLines(out.resolve("run.log"));
        return String.join("\n", log.subList(Math.max(0, log.size() - 15), log.size()));
    }

    static Path scenarios() {
        for (Path p : List.of(Path.of("scenarios"), Path.of("..", "scenarios"))) if (Files.isDirectory(p)) return p.toAbsolutePath();
        throw new IllegalStateException("no scenarios/ folder");
    }

    static Path docsImages() {
        for (Path p : List.of(Path.of("docs", "images"), Path.of("..", "docs", "images"))) if (Files.isDirectory(p)) return p.toAbsolutePath();
        throw new IllegalStateException("no docs/images/ folder");
    }

    static void deleteTree(Path dir) throws java.io.IOException {
        if (!Files.exists(dir)) return;
        try (var s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
