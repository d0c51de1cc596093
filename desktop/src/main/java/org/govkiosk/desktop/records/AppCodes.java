package org.govkiosk.desktop.records;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The identity service's app codes: the citizen's phone (logged in to the government app) asks for one, shows it
 * as a QR code, and a kiosk redeems it once, within {@code records.service.appCodeTtl}. A code is 192 random
 * bits, so it cannot be guessed or made from an ID number.
 */
final class AppCodes {
    static final String PREFIX = "GOVAPP:";
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Issued(String docNumber, Instant expires) {}

    private final Map<String, Issued> codes = new ConcurrentHashMap<>();
    private final Duration ttl;
    private final Clock clock;

    AppCodes(Duration ttl, Clock clock) {
        this.ttl = ttl;
        this.clock = clock;
    }

    String issue(String docNumber) {
        Instant now = clock.instant();
        codes.values().removeIf(i -> i.expires().isBefore(now));
        byte[] b = new byte[24];
        RANDOM.nextBytes(b);
        String code = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(b);
        codes.put(code, new Issued(docNumber, now.plus(ttl)));
        return code;
    }

    /** The citizen's document number, once: the code is gone after this call whatever the outcome. */
    Optional<String> redeem(String code) {
        Issued i = code == null ? null : codes.remove(code);
        if (i == null || i.expires().isBefore(clock.instant())) return Optional.empty();
        return Optional.of(i.docNumber());
    }

    long ttlSeconds() { return ttl.toSeconds(); }
}
