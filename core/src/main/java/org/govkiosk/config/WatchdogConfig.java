package org.govkiosk.config;

import java.time.Duration;

/** The systemd watchdog: {@code watchdog.*}. */
public record WatchdogConfig(Duration interval) {

    public static WatchdogConfig from(KioskConfig c) {
        return new WatchdogConfig(c.positiveDuration("watchdog.interval"));
    }
}
