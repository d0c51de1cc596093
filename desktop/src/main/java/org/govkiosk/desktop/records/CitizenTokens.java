package org.govkiosk.desktop.records;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.govkiosk.identity.IdAssurance;

/** Opaque, short-lived tokens standing for an identified citizen, so document numbers cross the wire only once. */
final class CitizenTokens {
    record Holder(String docNumber, String kioskId, IdAssurance assurance, Instant expires) {
        @Override
        public String toString() { return "Holder[" + kioskId + "]"; }
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private final Map<String, Holder> tokens = new ConcurrentHashMap<>();
    private final Duration ttl;
    private final Clock clock;

    CitizenTokens(Duration ttl, Clock clock) {
        this.ttl = ttl;
        this.clock = clock;
    }

    String issue(String docNumber, String kioskId, IdAssurance assurance) {
        Instant now = clock.instant();
        tokens.values().removeIf(h -> h.expires().isBefore(now));
        byte[] b = new byte[24];
        RANDOM.nextBytes(b);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
        tokens.put(token, new Holder(docNumber, kioskId, assurance, now.plus(ttl)));
        return token;
    }

    /** The holder if the token is live and was issued to this kiosk. */
    Optional<Holder> resolve(String token, String kioskId) {
        if (token == null) return Optional.empty();
        Holder h = tokens.get(token);
        if (h == null || h.expires().isBefore(clock.instant()) || !h.kioskId().equals(kioskId)) return Optional.empty();
        return Optional.of(h);
    }

    /** Ends a token early (her session ended); only the kiosk it was issued to may. */
    void revoke(String token, String kioskId) {
        if (token == null) return;
        tokens.computeIfPresent(token, (t, h) -> h.kioskId().equals(kioskId) ? null : h);
    }

    long ttlSeconds() { return ttl.toSeconds(); }
}
