package org.govkiosk.desktop.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ScenarioReportTest {
    private static final Scenario TWO_STEPS = Scenario.parse("t", "tap attract.start\nexpect-screen identify\n");

    private static List<ScenarioReport.StepResult> steps(double a, double b) {
        return List.of(new ScenarioReport.StepResult(1, "tap attract.start", a), new ScenarioReport.StepResult(2, "expect-screen identify", b));
    }

    @Test
    void keepsEveryIterationsStepTimesAndSummarisesEachStep() {
        ScenarioReport r = new ScenarioReport("t", TWO_STEPS.steps(), 3);
        r.iterationDone(10, steps(1, 9), List.of());
        r.iterationDone(30, steps(2, 28), List.of());
        r.iterationDone(20, steps(3, 17), List.of());
        r.passed(steps(3, 17), 5, List.of());

        double[][] per = r.stepMillisPerIteration();
        assertEquals(3, per.length);
        assertArrayEquals(new double[] {2, 28}, per[1]);
        assertEquals(List.of(10.0, 30.0, 20.0), r.iterationMillis());

        Map<String, Object> m = r.asMap();
        assertEquals(3, m.get("iterationsCompleted"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> stepMillis = (List<Map<String, Object>>) m.get("stepMillis");
        assertEquals(2, stepMillis.size());
        assertEquals(2, stepMillis.get(1).get("line"));
        assertEquals(17.0, stepMillis.get(1).get("p50"));
        assertEquals(28.0, stepMillis.get(1).get("max"));
        assertEquals(3.0, stepMillis.get(0).get("p99"));
    }

    @Test
    void stopsKeepingSamplesAtTheCapButCountsEveryIteration() {
        int n = ScenarioReport.MAX_SAMPLES + 7;
        ScenarioReport r = new ScenarioReport("t", TWO_STEPS.steps(), n);
        for (int i = 0; i < n; i++) r.iterationDone(i, steps(i, i), List.of());
        assertEquals(ScenarioReport.MAX_SAMPLES, r.iterationMillis().size());
        assertEquals(ScenarioReport.MAX_SAMPLES, r.stepMillisPerIteration().length);
        assertEquals(n, r.asMap().get("iterationsCompleted"));
    }
}
