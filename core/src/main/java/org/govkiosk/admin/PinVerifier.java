package org.govkiosk.admin;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.govkiosk.config.AdminConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks the technician PIN for admin mode against {@code admin.pinHash}. After {@code admin.maxAttempts}
 * failures it locks for {@code admin.lockout}, doubling with every further failure up to {@code admin.lockoutMax};
 * while locked no PIN is even tried. With no hash configured the published default PIN works and a warning is
 * logged at every start and every login ({@code kiosk.jar run} refuses to start that way); a malformed or weak
 * hash locks admin mode (fail closed) and says why. With {@code admin.lockoutFile} and {@code admin.lockoutKey}
 * set, the failure count and lockout survive restarts in an HMAC-protected file ({@link LockoutStore}); an
 * altered file locks admin mode for {@code admin.lockoutMax}.
 */
public final class PinVerifier {
    public static final String DEFAULT_PIN = "246810";

    public sealed interface Result permits Accepted, Rejected, Locked, Unavailable {}

    public record Accepted(boolean defaultPin) implements Result {}

    /** @param attemptsBeforeLockout wrong PINs still allowed before the next lockout */
    public record Rejected(int attemptsBeforeLockout) implements Result {}

    public record Locked(Duration remaining, String reason) implements Result {}

    /** Admin mode cannot open on this configuration; the reason is for the technician. */
    public record Unavailable(String reason) implements Result {}

    private static final Logger log = LoggerFactory.getLogger(PinVerifier.class);

    /** For the default PIN, made at the first try: 10,000 rounds of PBKDF2 cost the render thread 0.07 s at start. */
    private PinHash expected;
    private final boolean defaultPin;
    private final String configProblem;
    private final int maxAttempts;
    private final Duration lockout;
    private final Duration lockoutMax;
    private final Clock clock;
    private final LockoutStore store;
    private int failures;
    private Instant lockedUntil = Instant.MIN;

    public PinVerifier(AdminConfig config) {
        this(config, Clock.systemUTC());
    }

    public PinVerifier(AdminConfig config, Clock clock) {
        this.clock = clock;
        this.maxAttempts = config.maxAttempts();
        this.lockout = config.lockout();
        this.lockoutMax = config.lockoutMax();
        Optional<String> configured = config.pinHash();
        PinHash parsed = null;
        String problem = null;
        if (configured.isEmpty()) {
            log.warn("!!! admin.pinHash is not set: admin mode opens with the DEFAULT PIN {}. "
                    + "Run 'java -jar kiosk.jar hash-pin' and put the line it prints in the site config. !!!", DEFAULT_PIN);
        } else {
            try {
                parsed = PinHash.parse(configured.get());
            } catch (IllegalArgumentException e) {
                problem = "admin.pinHash is malformed (" + e.getMessage() + "): admin mode stays locked until it is fixed";
                log.error(problem);
            }
        }
        Optional<String> lockoutFile = config.lockoutFile();
        LockoutStore st = null;
        if (lockoutFile.isPresent()) {
            Optional<String> key = config.lockoutKey();
            if (key.isEmpty() || key.get().length() < 32) {
                problem = "admin.lockoutFile is set but admin.lockoutKey is missing or shorter than 32 characters: admin mode stays locked";
                log.error(problem);
                parsed = null;
            } else {
                st = new LockoutStore(java.nio.file.Path.of(lockoutFile.get()), key.get().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        this.store = st;
        this.expected = parsed;
        this.defaultPin = configured.isEmpty();
        this.configProblem = problem;
        if (store != null) {
            LockoutStore.State saved = store.load();
            if (saved.tampered()) {
                log.error("the admin lockout file {} was altered or damaged: admin mode locked for {}", lockoutFile.get(), lockoutMax);
                failures = maxAttempts;
                lockedUntil = clock.instant().plus(lockoutMax);
                persist();
            } else {
                failures = saved.failures();
                lockedUntil = saved.lockedUntil().equals(Instant.EPOCH) ? Instant.MIN : saved.lockedUntil();
            }
        }
    }

    private void persist() {
        if (store == null) return;
        try {
            store.save(failures, lockedUntil.equals(Instant.MIN) ? Instant.EPOCH : lockedUntil);
        } catch (java.io.IOException e) {
            log.error("admin lockout state could not be saved: {}", e.toString());
        }
    }

    /** Clears the PIN array whatever the outcome. */
    public synchronized Result verify(char[] pin) {
        try {
            if (expected == null && defaultPin && configProblem == null) {
                // Few iterations are enough: this hash only exists in memory, for one code path.
                expected = PinHash.create(DEFAULT_PIN.toCharArray(), 10_000, new SecureRandom());
            }
            if (expected == null) return new Unavailable(configProblem);
            Instant now = clock.instant();
            if (now.isBefore(lockedUntil)) {
                return new Locked(Duration.between(now, lockedUntil), "too many wrong PINs");
            }
            if (expected.matches(pin)) {
                failures = 0;
                lockedUntil = Instant.MIN;
                persist();
                if (defaultPin) log.warn("admin login with the DEFAULT PIN: set admin.pinHash");
                log.info("admin login accepted");
                return new Accepted(defaultPin);
            }
            failures++;
            log.warn("admin login rejected ({} consecutive failures)", failures);
            if (failures >= maxAttempts) {
                Duration wait = backOff(failures - maxAttempts);
                lockedUntil = now.plus(wait);
                log.warn("admin login locked for {} s", wait.toSeconds());
                persist();
                return new Locked(wait, "too many wrong PINs");
            }
            persist();
            return new Rejected(maxAttempts - failures);
        } finally {
            Arrays.fill(pin, '\0');
        }
    }

    private Duration backOff(int extraFailures) {
        Duration d = lockout;
        for (int i = 0; i < extraFailures && d.compareTo(lockoutMax) < 0; i++) d = d.multipliedBy(2);
        return d.compareTo(lockoutMax) > 0 ? lockoutMax : d;
    }

    /** Remaining lockout, for the PIN screen's countdown. */
    public synchronized Optional<Duration> lockedFor() {
        Instant now = clock.instant();
        return now.isBefore(lockedUntil) ? Optional.of(Duration.between(now, lockedUntil)) : Optional.empty();
    }

    public boolean usingDefaultPin() { return defaultPin; }

    /** Why admin mode cannot open at all, if it cannot. */
    public Optional<String> configProblem() { return Optional.ofNullable(configProblem); }
}
