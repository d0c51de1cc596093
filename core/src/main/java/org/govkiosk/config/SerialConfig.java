package org.govkiosk.config;

import java.time.Duration;

/** How every jSSC port recovers from an unplug: {@code serial.*}. */
public record SerialConfig(Duration reopenMinBackoff, Duration reopenMaxBackoff, Duration presencePoll) {

    public static SerialConfig from(KioskConfig c) {
        SerialConfig s = new SerialConfig(c.positiveDuration("serial.reopen.minBackoff"),
                c.positiveDuration("serial.reopen.maxBackoff"), c.positiveDuration("serial.presencePoll"));
        if (s.reopenMaxBackoff.compareTo(s.reopenMinBackoff) < 0) {
            throw c.invalid("serial.reopen.maxBackoff", "must not be shorter than serial.reopen.minBackoff");
        }
        return s;
    }
}
