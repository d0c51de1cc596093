package org.govkiosk.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** The ID card reader (SAM over serial): {@code idcard.*}. */
public record IdCardConfig(String port, int baud, Duration pollInterval, Optional<Path> wltDecoder,
                           Duration commandTimeout, Duration findTimeout, Duration selectTimeout, Duration readTimeout,
                           int retries, boolean readFingerprint, boolean readAppendedAddress, Duration attractPoll) {

    public static IdCardConfig from(KioskConfig c) {
        return new IdCardConfig(c.required("idcard.port", "the reader's serial device path"),
                c.integer("idcard.baud", 1200, 4_000_000), c.positiveDuration("idcard.pollInterval"), c.path("idcard.wltDecoder"),
                c.positiveDuration("idcard.timeout.command"), c.positiveDuration("idcard.timeout.find"),
                c.positiveDuration("idcard.timeout.select"), c.positiveDuration("idcard.timeout.read"),
                c.integer("idcard.retries", 0, 10), c.flag("idcard.readFingerprint"), c.flag("idcard.readAppendedAddress"),
                c.positiveDuration("idcard.attractPoll"));
    }
}
