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

/**
 * The back end down and every way of identifying lost: the out-of-service screen lists both reasons (it used to
 * hold one, and ignored the lost devices while closed for the back end), and the kiosk opens by itself once both
 * have cleared.
 */
class OutOfServiceReasonsTest {
    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void bothReasonsAreListedAndTheKioskOpensWhenBothHaveCleared(@TempDir Path out) throws Exception {
        KioskSettings config = KioskSettings.load(null, Map.of("records.healthInterval", "2s"));
        ScenarioReport report = ScenarioRun.headless(config,
                Scenario.load(Path.of("..", "scenarios", "out-of-service-two-reasons.scenario")), 1, out, Duration.ofMinutes(3), null);
        assertTrue(report.isPassed(), report.failure());
        // takeCard: her visit ended with the card in the reader, so she was asked for it before the attract screen.
        assertEquals(List.of("attract", "outOfService", "attract", "identify", "catalog", "takeCard", "attract"), report.screens());
    }
}
