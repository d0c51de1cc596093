package org.govkiosk.ui;

import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.govkiosk.config.KioskConfig;

/**
 * The site's time (config {@code certificate.timeZone}, the one zone for the screen and the paper: the top bar used
 * to show the machine's UTC while certificates said Asia/Shanghai), and what depends on it: whether the assistant is
 * on site now ({@code assistant.days}, {@code assistant.from}, {@code assistant.until}) and whether it is night
 * ({@code ui.theme}, {@code ui.nightFrom}, {@code ui.nightUntil}).
 */
public final class SiteTime {
    private final Clock clock;
    private final ZoneId zone;
    private final int firstDay;
    private final int lastDay;
    private final LocalTime assistantFrom;
    private final LocalTime assistantUntil;
    private final String theme;
    private final LocalTime nightFrom;
    private final LocalTime nightUntil;

    public SiteTime(KioskConfig c, Clock clock) {
        this.clock = clock;
        this.zone = ZoneId.of(c.string("certificate.timeZone"));
        String[] days = c.string("assistant.days").split("-");
        this.firstDay = Integer.parseInt(days[0].trim());
        this.lastDay = Integer.parseInt(days[days.length - 1].trim());
        this.assistantFrom = LocalTime.parse(c.string("assistant.from"));
        this.assistantUntil = LocalTime.parse(c.string("assistant.until"));
        this.theme = c.string("ui.theme").trim().toLowerCase();
        this.nightFrom = LocalTime.parse(c.string("ui.nightFrom"));
        this.nightUntil = LocalTime.parse(c.string("ui.nightUntil"));
        if (!theme.equals("auto") && !theme.equals("day") && !theme.equals("night")) {
            throw new IllegalArgumentException("ui.theme must be auto, day or night, not '" + theme + "'");
        }
    }

    public ZonedDateTime now() {
        return ZonedDateTime.now(clock).withZoneSameInstant(zone);
    }

    /** Whether someone is on site to come when she asks for help. */
    public boolean assistantOnSite() {
        ZonedDateTime t = now();
        int d = t.getDayOfWeek().getValue();
        LocalTime h = t.toLocalTime();
        return d >= firstDay && d <= lastDay && !h.isBefore(assistantFrom) && h.isBefore(assistantUntil);
    }

    /** Whether the night palette is wanted now. */
    public boolean night() {
        if (theme.equals("night")) return true;
        if (theme.equals("day")) return false;
        LocalTime h = now().toLocalTime();
        // The night runs over midnight (19:00 to 07:00) or within one day when configured so.
        return nightFrom.isAfter(nightUntil) ? !h.isBefore(nightFrom) || h.isBefore(nightUntil)
                : !h.isBefore(nightFrom) && h.isBefore(nightUntil);
    }
}
