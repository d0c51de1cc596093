package org.govkiosk.ui;

import java.time.Duration;
import org.govkiosk.config.TimersConfig;
import org.govkiosk.session.Countdown;
import org.govkiosk.session.Ticker;

/**
 * Every duration the screens wait for, read once from config (keys documented in default.properties). The timers
 * run on the session clock ({@link #start}), so the scenario verb {@code advance} moves them with the session's own
 * timeouts; {@code selfTest} bounds real device I/O and does not (the face check's limits run on the camera's
 * clock: {@code face.capture.*}, {@code face.liveness.*}).
 *
 * @param warningGuard    {@code session.warningGuard}: the timeout warning ignores taps this long after it appears
 * @param progressDelay   {@code ui.progressDelay}: "looking up your records" only for waits longer than this
 * @param verifyIdle      {@code verify.idleTimeout}: the certificate check screen returns to attract after this
 * @param cardRemovalPoll {@code idcard.removalPoll}: the done screen asks whether her card has been taken this often
 * @param selfTest        {@code admin.selfTestTimeout}: each device's time to answer the technician's self-test
 */
public record ScreenTimers(Ticker ticker, Duration warningGuard, Duration progressDelay, Duration verifyIdle,
                           Duration cardRemovalPoll, Duration selfTest) {

    public static ScreenTimers from(TimersConfig c, Ticker ticker) {
        return new ScreenTimers(ticker, c.warningGuard(), c.progressDelay(), c.verifyIdle(), c.cardRemovalPoll(),
                c.selfTest());
    }

    /** A countdown of {@code length} on the session clock, started now. */
    public Countdown start(Duration length) {
        return new Countdown(ticker, length);
    }
}
