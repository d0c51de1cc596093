package org.govkiosk.session;

import java.time.Duration;
import org.govkiosk.config.ConfigException;
import org.govkiosk.config.SessionTimeouts;

/**
 * Session time limits. WCAG 2.2.1: the warning comes at least 20 s before the end and one tap extends;
 * extensions are unlimited until the maximum length.
 */
public record SessionPolicy(Duration inactivity, Duration warning, Duration maxLength, Duration doneScreen) {
    public static final Duration MIN_WARNING = Duration.ofSeconds(20);

    public SessionPolicy {
        if (warning.compareTo(MIN_WARNING) < 0) {
            throw new ConfigException("session.warning must give citizens at least 20s to react, not " + warning);
        }
        if (inactivity.compareTo(warning) <= 0) {
            throw new ConfigException("session.inactivity (" + inactivity + ") must be longer than session.warning (" + warning + ")");
        }
        if (maxLength.compareTo(inactivity) <= 0) {
            throw new ConfigException("session.maxLength must be longer than session.inactivity");
        }
    }

    /** The policy of the configured timeouts (already checked against the same rules when bound). */
    public static SessionPolicy from(SessionTimeouts t) {
        return new SessionPolicy(t.inactivity(), t.warning(), t.maxLength(), t.doneScreen());
    }
}
