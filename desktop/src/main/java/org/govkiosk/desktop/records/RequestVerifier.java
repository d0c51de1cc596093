package org.govkiosk.desktop.records;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.govkiosk.records.http.RequestSigning;

/**
 * The service side of request signing: known kiosk key, timestamp inside the replay window, unused nonce,
 * matching HMAC. Nonces are remembered for twice the window, after which the timestamp check rejects a replay.
 */
final class RequestVerifier {
    /** Why a request was refused; the message goes to the kiosk technician, never to the citizen. */
    record Verdict(boolean ok, String kioskId, String reason) {}

    private final Map<String, byte[]> secrets;
    private final Duration skew;
    private final Clock clock;
    private final Map<String, Long> nonces = new ConcurrentHashMap<>();
    private final Queue<Seen> seen = new ConcurrentLinkedQueue<>();

    RequestVerifier(Map<String, String> secrets, Duration skew, Clock clock) {
        Map<String, byte[]> m = new ConcurrentHashMap<>();
        secrets.forEach((k, v) -> m.put(k, v.getBytes(StandardCharsets.UTF_8)));
        this.secrets = m;
        this.skew = skew;
        this.clock = clock;
    }

    Verdict verify(String method, String pathAndQuery, Map<String, String> headers, byte[] body) {
        String kiosk = headers.get(RequestSigning.KIOSK);
        String ts = headers.get(RequestSigning.TIMESTAMP);
        String nonce = headers.get(RequestSigning.NONCE);
        String sig = headers.get(RequestSigning.SIGNATURE);
        if (kiosk == null || ts == null || nonce == null || sig == null) return no(kiosk, "request is not signed");
        byte[] secret = secrets.get(kiosk);
        if (secret == null) return no(kiosk, "unknown kiosk key id '" + kiosk + "'");
        long sent;
        try {
            sent = Long.parseLong(ts);
        } catch (NumberFormatException e) {
            return no(kiosk, "timestamp is not epoch seconds");
        }
        long now = clock.instant().getEpochSecond();
        // Compared without subtracting the sender's number: now - (now + Long.MIN_VALUE) overflows, and
        // Math.abs(Long.MIN_VALUE) is negative, which let any request through the window.
        if (sent < now - skew.toSeconds() || sent > now + skew.toSeconds()) return no(kiosk, "timestamp outside the " + skew.toSeconds() + " s window (kiosk clock wrong?)");
        if (nonce.length() < 16 || nonce.length() > 64) return no(kiosk, "nonce must be 16-64 characters");
        if (!RequestSigning.matches(secret, RequestSigning.canonical(method, pathAndQuery, ts, nonce, body), sig)) {
            return no(kiosk, "signature does not match (wrong secret or altered request)");
        }
        forgetNoncesBefore(now - 2 * skew.toSeconds());
        String key = kiosk + ":" + nonce;
        if (nonces.putIfAbsent(key, now) != null) return no(kiosk, "nonce already used (replayed request)");
        seen.add(new Seen(key, now));
        return new Verdict(true, kiosk, "");
    }

    /** How many nonces are remembered now (tests: they are forgotten by age). */
    int noncesRemembered() {
        return nonces.size();
    }

    /**
     * Nonces leave in the order they came once older than twice the window (the timestamp check refuses a replay
     * of them by then). Pruning only above 100,000 entries kept up to that many for ever on a quiet service and
     * walked the whole map each time (issue 15).
     */
    private void forgetNoncesBefore(long cutoff) {
        Seen head = seen.peek();
        if (head == null || head.at() >= cutoff) return;
        synchronized (seen) {
            for (Seen s = seen.peek(); s != null && s.at() < cutoff; s = seen.peek()) {
                seen.poll();
                nonces.remove(s.key(), s.at());
            }
        }
    }

    private record Seen(String key, long at) {}

    private static Verdict no(String kiosk, String reason) {
        return new Verdict(false, kiosk, reason);
    }
}
