package org.govkiosk.config;

import java.time.Duration;
import java.util.Optional;

/**
 * The technician's admin mode: {@code admin.*}. The PIN hash stays text here: a malformed one locks admin mode
 * (PinVerifier says why) rather than stopping the citizen-facing kiosk.
 */
public record AdminConfig(Optional<String> pinHash, int maxAttempts, Duration lockout, Duration lockoutMax,
                          Optional<String> lockoutFile, Optional<String> lockoutKey) {

    public static AdminConfig from(KioskConfig c) {
        AdminConfig a = new AdminConfig(c.optional("admin.pinHash"), c.integer("admin.maxAttempts", 1, 100),
                c.positiveDuration("admin.lockout"), c.positiveDuration("admin.lockoutMax"),
                c.optional("admin.lockoutFile"), c.optional("admin.lockoutKey"));
        if (a.lockoutMax.compareTo(a.lockout) < 0) throw c.invalid("admin.lockoutMax", "must not be shorter than admin.lockout");
        return a;
    }

    @Override
    public String toString() {
        return "AdminConfig[pinHash=" + (pinHash.isPresent() ? "set" : "default") + ", maxAttempts=" + maxAttempts
                + ", lockoutFile=" + lockoutFile.orElse("none") + ", lockoutKey=" + (lockoutKey.isPresent() ? "set" : "none") + "]";
    }
}
