package org.govkiosk.desktop.scenario;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a scenario run produced: pass/fail, timings, screens, output files, heap. Written as summary.json. */
public final class ScenarioReport {
    public record StepResult(int line, String step, double millis) {}

    /** Timing samples are kept for at most this many iterations (a week-long soak must not fill the heap). */
    static final int MAX_SAMPLES = 10_000;

    private final String scenario;
    private final int iterations;
    private final List<Step> stepDefs;
    // Preallocated, so the heap after 10 and after N iterations compares the kiosk, not this recorder.
    private final double[] iterationMillis;
    private final double[][] stepMillis;
    private int recorded;
    private int completed;
    private final Map<Integer, Long> heapAfter = new LinkedHashMap<>();
    private List<String> screens = List.of();
    private List<StepResult> steps = List.of();
    private List<String> outputs = List.of();
    private boolean passed;
    private String failure;
    private long coldStartMillis = -1;

    ScenarioReport(String scenario, List<Step> steps, int iterations) {
        this.scenario = scenario;
        this.iterations = iterations;
        this.stepDefs = List.copyOf(steps);
        int kept = Math.max(0, Math.min(iterations, MAX_SAMPLES));
        this.iterationMillis = new double[kept];
        this.stepMillis = new double[kept][steps.size()];
    }

    /** One iteration finished: its total time and each step's time (in scenario order). */
    synchronized void iterationDone(double millis, List<StepResult> iterationSteps, List<String> visited) {
        completed++;
        screens = visited;
        if (recorded == iterationMillis.length) return;
        iterationMillis[recorded] = millis;
        for (int i = 0; i < iterationSteps.size() && i < stepDefs.size(); i++) {
            stepMillis[recorded][i] = iterationSteps.get(i).millis();
        }
        recorded++;
    }

    synchronized void heapAfter(int iteration, long bytes) { heapAfter.put(iteration, bytes); }

    synchronized void passed(List<StepResult> lastSteps, long coldStart, List<String> files) {
        passed = true;
        steps = List.copyOf(lastSteps);
        coldStartMillis = coldStart;
        outputs = files;
    }

    synchronized void failed(int iteration, String message, List<StepResult> soFar, List<String> visited) {
        passed = false;
        failure = "iteration " + iteration + ", " + message;
        steps = List.copyOf(soFar);
        screens = visited;
    }

    public synchronized boolean isPassed() { return passed; }
    public synchronized String failure() { return failure; }
    public synchronized List<String> screens() { return screens; }
    public synchronized List<String> outputs() { return outputs; }
    /** Each recorded iteration's time in ms, in order (at most {@value #MAX_SAMPLES}). */
    public synchronized List<Double> iterationMillis() {
        List<Double> l = new ArrayList<>(recorded);
        for (int i = 0; i < recorded; i++) l.add(iterationMillis[i]);
        return l;
    }

    /**
     * Each recorded iteration's step times in ms: element [i][s] is iteration i's step s (scenario order, as
     * {@code Scenario.steps()}). Benchmarks sum a range of steps per iteration from this.
     */
    public synchronized double[][] stepMillisPerIteration() {
        double[][] copy = new double[recorded][];
        for (int i = 0; i < recorded; i++) copy[i] = stepMillis[i].clone();
        return copy;
    }
    public synchronized Map<Integer, Long> heapAfter() { return Map.copyOf(heapAfter); }

    public synchronized Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", scenario);
        m.put("result", passed ? "passed" : "failed");
        if (failure != null) m.put("failure", failure);
        m.put("iterations", iterations);
        m.put("iterationsCompleted", completed);
        m.put("iterationMillis", summary(iterationMillis()));
        m.put("coldStartMillis", coldStartMillis);
        m.put("heapAfterGcBytes", heapAfter);
        m.put("screensVisited", screens);
        m.put("steps", steps);
        m.put("stepMillis", stepSummaries());
        m.put("outputs", outputs);
        return m;
    }

    /** Per step over all recorded iterations: p50/p99/max, so one slow step shows up in a soak. */
    private List<Map<String, Object>> stepSummaries() {
        List<Map<String, Object>> out = new ArrayList<>();
        if (recorded == 0) return out;
        for (int s = 0; s < stepDefs.size(); s++) {
            List<Double> ms = new ArrayList<>(recorded);
            for (int i = 0; i < recorded; i++) ms.add(stepMillis[i][s]);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("line", stepDefs.get(s).line());
            m.put("step", stepDefs.get(s).text());
            Map<String, Object> sum = summary(ms);
            sum.remove("first");
            m.putAll(sum);
            out.add(m);
        }
        return out;
    }

    private static Map<String, Object> summary(List<Double> ms) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (ms.isEmpty()) return m;
        List<Double> sorted = ms.stream().sorted().toList();
        m.put("first", ms.get(0));
        m.put("p50", sorted.get(sorted.size() / 2));
        m.put("p99", sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.99) - 1)));
        m.put("max", sorted.get(sorted.size() - 1));
        return m;
    }

    public void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(dir.resolve("summary.json").toFile(), asMap());
    }
}
