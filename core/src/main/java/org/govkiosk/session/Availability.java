package org.govkiosk.session;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The kiosk's state and out-of-service reasons at one moment, as one immutable value. {@link SessionManager}
 * publishes a new one on every transition; the status endpoint and telemetry read it from their own threads.
 * Holds no personal data.
 *
 * @param sequence        increases by one with every publication (a publisher can tell it missed none)
 * @param sessionsStarted citizen sessions started since the application started
 */
public record Availability(KioskState state, List<AvailabilityPolicy.Reason> reasons, long sessionsStarted,
                           long sequence, Instant at) {
    public Availability {
        Objects.requireNonNull(state);
        reasons = List.copyOf(reasons);
        Objects.requireNonNull(at);
    }

    /** Before the application has started. */
    public static Availability initialising() {
        return new Availability(KioskState.INITIALISING, List.of(), 0, 0, Instant.now());
    }

    /** Whether a citizen can use the kiosk now or as soon as the current one is done. */
    public boolean available() {
        return reasons.isEmpty() && (state == KioskState.AVAILABLE || state == KioskState.IN_SESSION);
    }

    /** For operators: {@code AVAILABLE}, {@code IN_SESSION}, {@code OUT_OF_SERVICE(BACKEND,HARDWARE)} ... */
    public String appState() {
        if (state != KioskState.OUT_OF_SERVICE) return state.name();
        return state + "(" + reasons.stream().map(r -> r.kind().name()).collect(Collectors.joining(",")) + ")";
    }
}
