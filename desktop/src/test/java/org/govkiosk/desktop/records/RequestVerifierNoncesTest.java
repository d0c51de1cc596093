package org.govkiosk.desktop.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.govkiosk.records.http.RequestSigning;
import org.junit.jupiter.api.Test;

/** The service forgets a nonce once it is older than twice the replay window, however few requests it gets. */
class RequestVerifierNoncesTest {
    private static final String SECRET = "a-test-secret-of-enough-length-0123456789";

    private static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-12-03T10:00:00Z");
        @Override public ZoneId getZone() { return ZoneId.of("UTC"); }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    private static RequestVerifier.Verdict send(RequestVerifier v, MovableClock clock, String nonce) {
        String ts = String.valueOf(clock.now.getEpochSecond());
        byte[] body = new byte[0];
        String sig = RequestSigning.sign(SECRET.getBytes(StandardCharsets.UTF_8),
                RequestSigning.canonical("GET", "/health", ts, nonce, body));
        return v.verify("GET", "/health", Map.of(RequestSigning.KIOSK, "K1", RequestSigning.TIMESTAMP, ts,
                RequestSigning.NONCE, nonce, RequestSigning.SIGNATURE, sig), body);
    }

    @Test
    void noncesAreForgottenByAgeAndAReplayInsideTheWindowIsStillRefused() {
        MovableClock clock = new MovableClock();
        RequestVerifier v = new RequestVerifier(Map.of("K1", SECRET), Duration.ofSeconds(60), clock);
        for (int i = 0; i < 3; i++) assertTrue(send(v, clock, "nonce-000000000000" + i).ok());
        assertEquals(3, v.noncesRemembered());

        clock.now = clock.now.plusSeconds(119);
        assertFalse(send(v, clock, "nonce-0000000000000").ok(), "a replay inside twice the window is refused");
        assertTrue(send(v, clock, "nonce-0000000000010").ok());
        assertEquals(4, v.noncesRemembered(), "nothing is old enough to forget yet");

        clock.now = clock.now.plusSeconds(2);
        assertTrue(send(v, clock, "nonce-0000000000011").ok());
        assertEquals(2, v.noncesRemembered(), "the first three are older than 120 s and gone; the last two stay");
    }
}
