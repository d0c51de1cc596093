package org.govkiosk.config;

import java.time.Duration;

/**
 * A citizen session's clock: {@code session.*}. WCAG 2.2.1: the warning comes at least 20 s before the end
 * and one tap extends; extensions are unlimited until the maximum length.
 */
public record SessionTimeouts(Duration inactivity, Duration warning, Duration maxLength, Duration doneScreen) {
    public static final Duration MIN_WARNING = Duration.ofSeconds(20);

    public static SessionTimeouts from(KioskConfig c) {
        SessionTimeouts t = new SessionTimeouts(c.positiveDuration("session.inactivity"), c.positiveDuration("session.warning"),
                c.positiveDuration("session.maxLength"), c.positiveDuration("session.doneScreen"));
        if (t.warning.compareTo(MIN_WARNING) < 0) {
            throw c.invalid("session.warning", "must give citizens at least 20s to react, not " + t.warning.toSeconds() + "s");
        }
        if (t.inactivity.compareTo(t.warning) <= 0) {
            throw c.invalid("session.inactivity", "must be longer than session.warning (" + t.warning.toSeconds() + "s)");
        }
        if (t.maxLength.compareTo(t.inactivity) <= 0) {
            throw c.invalid("session.maxLength", "must be longer than session.inactivity (" + t.inactivity.toSeconds() + "s)");
        }
        return t;
    }
}
