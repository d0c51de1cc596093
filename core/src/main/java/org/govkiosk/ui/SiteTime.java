package org.govkiosk.ui;

import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.govkiosk.config.KioskSettings;
import org.govkiosk.config.SiteHoursConfig;

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

    public SiteTime(KioskSettings settings, Clock clock) {
        SiteHoursConfig h = settings.siteHours();
        this.clock = clock;
        this.zone = settings.certificate().timeZone();
        this.firstDay = h.firstDay();
        this.lastDay = h.lastDay();
        this.assistantFrom = h.assistantFrom();
        this.assistantUntil = h.assistantUntil();
        this.theme = h.theme();
        this.nightFrom = h.nightFrom();
        this.nightUntil = h.nightUntil();
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
