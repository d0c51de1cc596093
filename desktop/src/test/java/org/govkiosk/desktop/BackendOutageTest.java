package org.govkiosk.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.govkiosk.config.KioskSettings;
import org.govkiosk.desktop.scenario.Scenario;
import org.govkiosk.desktop.scenario.ScenarioReport;
import org.govkiosk.desktop.scenario.ScenarioRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The records service goes down between citizens: the kiosk says so on its own and recovers on its own. */
class BackendOutageTest {
    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void aDeadBackEndTakesTheKioskOutOfServiceUntilItAnswersAgain(@TempDir Path out) throws Exception {
        KioskSettings config = KioskSettings.load(null, Map.of("records.healthInterval", "2s",
                "desktop.dataDir", Path.of("target", "acceptance-data").toAbsolutePath().toString()));
        ScenarioReport report = ScenarioRun.headless(config, Scenario.load(Path.of("..", "scenarios", "backend-down.scenario")),
                1, out, Duration.ofMinutes(2), null);
        assertTrue(report.isPassed(), report.failure());
        assertEquals(List.of("attract", "outOfService", "attract"), report.screens());
    }
}
