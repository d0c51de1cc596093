package org.govkiosk.desktop.records;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Identify requests per kiosk, as a token bucket ({@code records.service.identifyBurst} at once, refilled at
 * {@code records.service.identifyPerMinute}). A kiosk serves one citizen at a time; a kiosk key that asks
 * faster is guessing numbers, so it is refused (429) and an ALERT is logged, at most once a minute per kiosk.
 */
final class IdentifyGuard {
    private static final Logger LOG = LoggerFactory.getLogger("org.govkiosk.records.alert");

    private static final class Bucket {
        double tokens;
        Instant last;
        Instant lastAlert = Instant.EPOCH;
        long refused;
    }

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final int burst;
    private final double perSecond;
    private final Clock clock;

    IdentifyGuard(int burst, int perMinute, Clock clock) {
        this.burst = burst;
        this.perSecond = perMinute / 60.0;
        this.clock = clock;
    }

    /** @return true when this kiosk may identify someone now */
    boolean allow(String kioskId) {
        Instant now = clock.instant();
        Bucket b = buckets.computeIfAbsent(kioskId, k -> {
            Bucket n = new Bucket();
            n.tokens = burst;
            n.last = now;
            return n;
        });
        synchronized (b) {
            double elapsed = Math.max(0, Duration.between(b.last, now).toNanos() / 1e9);
            b.tokens = Math.min(burst, b.tokens + elapsed * perSecond);
            b.last = now;
            if (b.tokens >= 1) {
                b.tokens -= 1;
                return true;
            }
            b.refused++;
            if (Duration.between(b.lastAlert, now).toSeconds() >= 60) {
                b.lastAlert = now;
                LOG.error("ALERT kiosk {} asks to identify citizens faster than {} a minute ({} refused so far): "
                        + "its key may be stolen and used to guess ID numbers", kioskId, Math.round(perSecond * 60), b.refused);
            }
            return false;
        }
    }
}
