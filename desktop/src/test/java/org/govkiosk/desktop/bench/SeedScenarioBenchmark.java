package org.govkiosk.desktop.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.govkiosk.config.KioskSettings;
import org.govkiosk.desktop.scenario.Scenario;
import org.govkiosk.desktop.scenario.ScenarioReport;
import org.govkiosk.desktop.scenario.ScenarioRun;
import org.govkiosk.desktop.scenario.Step;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Benchmark harness, not a test (no timing assertions): the seed's story through the real headless app,
 * repeated in one JVM. For each iteration of scenarios/housing-certificate.scenario it sums the step times
 * from {@code device card-insert} to {@code wait-for print.finish} (card read through the real driver and the
 * SAM emulator, identify and record query over loopback HTTP, certificate grant, SM2 seal, render, CMS
 * signature, PDF handed to the printer) and reports the first (cold) iteration and p50/p99 of the rest.
 * Runs only with {@code -Dgovkiosk.bench=true}; results and the command are in docs/performance.md.
 */
@Timeout(value = 20, unit = TimeUnit.MINUTES)
class SeedScenarioBenchmark {
    private static final int RUNS = Integer.getInteger("govkiosk.bench.runs", 50);

    @Test
    void cardReadToSealedCertificate() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("govkiosk.bench"), "benchmark: run with -Dgovkiosk.bench=true");
        Path file = Path.of(System.getProperty("govkiosk.bench.scenario", "../scenarios/housing-certificate.scenario"));
        Scenario scenario = Scenario.load(file);
        Path out = Files.createTempDirectory("seed-bench");
        ScenarioReport report = ScenarioRun.headless(KioskSettings.load(null, java.util.Map.of("desktop.dataDir",
                Path.of("target", "acceptance-data").toAbsolutePath().toString())), scenario, RUNS, out, Duration.ofMinutes(15), null);
        if (!report.isPassed()) throw new AssertionError("scenario failed: " + report.failure());

        List<Step> steps = scenario.steps();
        int from = indexOf(steps, "device card-insert");
        int ready = indexOf(steps, "wait-for print.finish");
        // A one-document item prints as the print screen opens (nothing to choose): "Print" on the result starts it.
        int printStart = indexOf(steps, "tap result.print");
        double[][] perIteration = report.stepMillisPerIteration();
        System.out.printf("%s, %d iterations in one JVM, output %s (deleted unless -Dgovkiosk.bench.keep=true)%n", file, perIteration.length, out);
        segment("card placed -> sealed certificate ready to print (lines " + steps.get(from).line() + "-"
                + steps.get(ready).line() + ")", perIteration, from, ready);
        segment("card placed -> catalog (read + identify)", perIteration, from, indexOf(steps, "expect-screen catalog"));
        segment("item tapped -> record on screen, print enabled", perIteration, indexOf(steps, "tap item."), indexOf(steps, "wait-for result.print"));
        segment("result.print -> print.finish (certificate made, sealed, signed, previewed, printed to PDF)", perIteration, printStart + 1, ready);
        double[] whole = report.iterationMillis().stream().mapToDouble(Double::doubleValue).toArray();
        print("whole scripted session (attract -> attract)", whole);
        if (!Boolean.getBoolean("govkiosk.bench.keep")) deleteTree(out);
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    private static int indexOf(List<Step> steps, String prefix) {
        for (int i = 0; i < steps.size(); i++) if (steps.get(i).text().startsWith(prefix)) return i;
        throw new IllegalArgumentException("the scenario has no step starting with '" + prefix + "'");
    }

    /** Sums steps [from..to] inclusive per iteration: each step's time runs from the previous step's end. */
    private static void segment(String what, double[][] perIteration, int from, int to) {
        double[] ms = new double[perIteration.length];
        for (int i = 0; i < ms.length; i++) {
            for (int s = from; s <= to; s++) ms[i] += perIteration[i][s];
        }
        print(what, ms);
    }

    private static void print(String what, double[] ms) {
        double first = ms[0];
        double[] warm = Arrays.copyOfRange(ms, 1, ms.length);
        Arrays.sort(warm);
        if (warm.length == 0) {
            System.out.printf("%-85s first %8.1f ms%n", what, first);
            return;
        }
        System.out.printf("%-85s first %8.1f ms | warm n=%d p50 %7.1f p99 %7.1f max %7.1f ms%n", what, first, warm.length,
                warm[warm.length / 2], warm[Math.min(warm.length - 1, (int) Math.ceil(warm.length * 0.99) - 1)], warm[warm.length - 1]);
    }
}
