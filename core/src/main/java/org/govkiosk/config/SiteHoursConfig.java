package org.govkiosk.config;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/**
 * When someone is on site and when it is night: {@code assistant.days} (ISO weekdays, e.g. 1-5),
 * {@code assistant.from}/{@code assistant.until}, {@code ui.theme} (auto, day or night) and
 * {@code ui.nightFrom}/{@code ui.nightUntil}. Times are the site's ({@code certificate.timeZone}).
 */
public record SiteHoursConfig(int firstDay, int lastDay, LocalTime assistantFrom, LocalTime assistantUntil,
                              String theme, LocalTime nightFrom, LocalTime nightUntil) {

    public static SiteHoursConfig from(KioskConfig c) {
        String[] days = c.string("assistant.days").split("-");
        int first;
        int last;
        try {
            first = Integer.parseInt(days[0].trim());
            last = Integer.parseInt(days[days.length - 1].trim());
        } catch (NumberFormatException e) {
            throw c.invalid("assistant.days", "ISO weekdays as FIRST-LAST, e.g. 1-5");
        }
        if (first < 1 || last > 7 || first > last) throw c.invalid("assistant.days", "ISO weekdays as FIRST-LAST, e.g. 1-5");
        String theme = c.string("ui.theme").trim().toLowerCase(java.util.Locale.ROOT);
        if (!theme.equals("auto") && !theme.equals("day") && !theme.equals("night")) {
            throw c.invalid("ui.theme", "auto, day or night");
        }
        return new SiteHoursConfig(first, last, time(c, "assistant.from"), time(c, "assistant.until"), theme,
                time(c, "ui.nightFrom"), time(c, "ui.nightUntil"));
    }

    private static LocalTime time(KioskConfig c, String key) {
        try {
            return LocalTime.parse(c.string(key).trim());
        } catch (DateTimeParseException e) {
            throw c.invalid(key, "a time of day like 09:00");
        }
    }
}
