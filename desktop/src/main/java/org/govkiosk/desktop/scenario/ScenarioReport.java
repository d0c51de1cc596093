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

    private final String scenario;
    private final int iterations;
    private final List<Double> iterationMillis = new ArrayList<>();
    private final Map<Integer, Long> heapAfter = new LinkedHashMap<>();
    private List<String> screens = List.of();
    private List<StepResult> steps = List.of();
    private List<String> outputs = List.of();
    private boolean passed;
    private String failure;
    private long coldStartMillis = -1;

    ScenarioReport(String scenario, int iterations) {
        this.scenario = scenario;
        this.iterations = iterations;
    }

    synchronized void iterationDone(double millis, List<String> visited) {
        iterationMillis.add(millis);
        screens = visited;
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
    public synchronized List<Double> iterationMillis() { return List.copyOf(iterationMillis); }
    public synchronized Map<Integer, Long> heapAfter() { return Map.copyOf(heapAfter); }

    public synchronized Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", scenario);
        m.put("result", passed ? "passed" : "failed");
        if (failure != null) m.put("failure", failure);
        m.put("iterations", iterations);
        m.put("iterationsCompleted", iterationMillis.size());
        m.put("iterationMillis", summary(iterationMillis));
        m.put("coldStartMillis", coldStartMillis);
        m.put("heapAfterGcBytes", heapAfter);
        m.put("screensVisited", screens);
        m.put("steps", steps);
        m.put("outputs", outputs);
        return m;
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
