package org.govkiosk.config;

import java.time.Duration;

/**
 * The screens' own timers, all run on the session clock (ui.ScreenTimers): the timeout warning's tap guard
 * ({@code session.warningGuard}), the progress delay ({@code ui.progressDelay}), the verify screen's idle return
 * ({@code verify.idleTimeout}), the done screen's card poll ({@code idcard.removalPoll}), each device's self-test answer
 * time ({@code admin.selfTestTimeout}) and how long the take-your-card screen waits ({@code idcard.reminderTimeout}).
 */
public record TimersConfig(Duration warningGuard, Duration progressDelay, Duration verifyIdle, Duration cardRemovalPoll,
                           Duration selfTest, Duration cardReminder) {

    public static TimersConfig from(KioskConfig c) {
        return new TimersConfig(c.duration("session.warningGuard"), c.duration("ui.progressDelay"),
                c.positiveDuration("verify.idleTimeout"), c.positiveDuration("idcard.removalPoll"),
                c.positiveDuration("admin.selfTestTimeout"), c.positiveDuration("idcard.reminderTimeout"));
    }
}
