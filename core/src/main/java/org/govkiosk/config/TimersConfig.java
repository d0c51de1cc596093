package org.govkiosk.config;

import java.time.Duration;

/**
 * The screens' own timers, all run on the session clock (ui.ScreenTimers): the timeout warning's tap guard
 * ({@code session.warningGuard}), the progress delay ({@code ui.progressDelay}), the verify screen's idle return
 * ({@code verify.idleTimeout}), the done screen's card poll ({@code idcard.removalPoll}), and each device's self-test answer time ({@code admin.selfTestTimeout}).
 */
public record TimersConfig(Duration warningGuard, Duration progressDelay, Duration verifyIdle, Duration cardRemovalPoll,
                           Duration selfTest) {

    public static TimersConfig from(KioskConfig c) {
        return new TimersConfig(c.duration("session.warningGuard"), c.duration("ui.progressDelay"),
                c.positiveDuration("verify.idleTimeout"), c.positiveDuration("idcard.removalPoll"),
                c.positiveDuration("admin.selfTestTimeout"));
    }
}
