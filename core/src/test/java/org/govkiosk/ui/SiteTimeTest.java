package org.govkiosk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.govkiosk.config.KioskSettings;
import org.junit.jupiter.api.Test;

class SiteTimeTest {
    private static SiteTime at(String utc, Map<String, String> overrides) {
        return new SiteTime(KioskSettings.of(overrides), Clock.fixed(Instant.parse(utc), ZoneOffset.UTC));
    }

    @Test
    void theClockShowsTheSiteZoneNotTheMachines() {
        // 02:30 UTC is 10:30 in Asia/Shanghai (certificate.timeZone, the one zone of the site).
        assertEquals(10, at("2026-12-03T02:30:00Z", Map.of()).now().getHour());
    }

    @Test
    void theAssistantIsThereOnWorkingDaysInOfficeHoursOnly() {
        assertTrue(at("2026-12-03T02:30:00Z", Map.of()).assistantOnSite(), "Thursday 10:30");
        assertFalse(at("2026-12-03T11:30:00Z", Map.of()).assistantOnSite(), "Thursday 19:30");
        assertFalse(at("2026-12-05T02:30:00Z", Map.of()).assistantOnSite(), "Saturday 10:30");
    }

    @Test
    void nightRunsOverMidnightAndCanBeForced() {
        assertFalse(at("2026-12-03T02:30:00Z", Map.of()).night(), "10:30");
        assertTrue(at("2026-12-03T11:30:00Z", Map.of()).night(), "19:30");
        assertTrue(at("2026-12-02T20:00:00Z", Map.of()).night(), "04:00");
        assertFalse(at("2026-12-02T23:30:00Z", Map.of()).night(), "07:30");
        assertTrue(at("2026-12-03T02:30:00Z", Map.of("ui.theme", "night")).night());
        assertFalse(at("2026-12-03T11:30:00Z", Map.of("ui.theme", "day")).night());
    }
}
