package org.govkiosk.records.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.govkiosk.records.GatewayError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The chain's policies in isolation. The transport here is a scripted function, not a server: the same
 * policies are exercised over real loopback HTTP in desktop's HttpRecordsGatewayTest.
 */
@Timeout(10)
class InterceptorChainTest {
    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void signatureCoversMethodPathTimeNonceAndBody() {
        String c = RequestSigning.canonical("post", "/v1/identify", "1700000000", "00112233445566778899aabb", "{}".getBytes(StandardCharsets.UTF_8));
        assertEquals("GK1-HMAC-SHA256\nPOST\n/v1/identify\n1700000000\n00112233445566778899aabb\n"
                + "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a", c);
        byte[] key = "k".getBytes(StandardCharsets.UTF_8);
        String sig = RequestSigning.sign(key, c);
        assertTrue(RequestSigning.matches(key, c, sig));
        assertTrue(RequestSigning.matches(key, c, sig.toUpperCase()));
        assertFalse(RequestSigning.matches(key, c.replace("identify", "identifx"), sig));
        assertFalse(RequestSigning.matches("other".getBytes(StandardCharsets.UTF_8), c, sig));
        assertFalse(RequestSigning.matches(key, c, null));
    }

    @Test
    void everyAttemptIsSignedAfreshInsideTheRetry() throws Exception {
        List<WireRequest> sent = new ArrayList<>();
        Transport flaky = r -> {
            sent.add(r);
            if (sent.size() < 3) throw new WireException(GatewayError.UNREACHABLE, "refused");
            return new WireResponse(200, "application/json", "{}".getBytes());
        };
        WireResponse resp = run(List.of(new RetryInterceptor(2, Duration.ofMillis(1)),
                new SigningInterceptor("K1", "secret", FIXED)), flaky, WireRequest.get("health", "/v1/health"));
        assertEquals(200, resp.status());
        assertEquals(3, sent.size());
        assertNotEquals(sent.get(0).header(RequestSigning.NONCE), sent.get(1).header(RequestSigning.NONCE));
        for (WireRequest r : sent) {
            assertEquals("K1", r.header(RequestSigning.KIOSK));
            assertEquals("1795255200", r.header(RequestSigning.TIMESTAMP));
            assertTrue(RequestSigning.matches("secret".getBytes(), RequestSigning.canonical("GET", "/v1/health",
                    r.header(RequestSigning.TIMESTAMP), r.header(RequestSigning.NONCE), new byte[0]), r.header(RequestSigning.SIGNATURE)));
        }
    }

    @Test
    void nonIdempotentCallsAreNeverRepeated() {
        List<WireRequest> sent = new ArrayList<>();
        Transport down = r -> {
            sent.add(r);
            throw new WireException(GatewayError.UNREACHABLE, "refused");
        };
        WireException e = assertThrows(WireException.class, () -> run(List.of(new RetryInterceptor(5, Duration.ofMillis(1))), down,
                WireRequest.post("pay", "/v1/pay", "{}".getBytes(), false)));
        assertEquals(GatewayError.UNREACHABLE, e.error());
        assertEquals(1, sent.size());
    }

    @Test
    void timeoutsAndClientErrorsAreNotRetried() throws Exception {
        List<WireRequest> sent = new ArrayList<>();
        Transport slow = r -> {
            sent.add(r);
            throw new WireException(GatewayError.TIMEOUT, "slow");
        };
        assertThrows(WireException.class, () -> run(List.of(new RetryInterceptor(3, Duration.ofMillis(1))), slow, WireRequest.get("h", "/v1/health")));
        assertEquals(1, sent.size());
        sent.clear();
        Transport notFound = r -> {
            sent.add(r);
            return new WireResponse(404, "application/json", "{}".getBytes());
        };
        assertEquals(404, run(List.of(new RetryInterceptor(3, Duration.ofMillis(1))), notFound, WireRequest.get("h", "/v1/health")).status());
        assertEquals(1, sent.size());
    }

    @Test
    void correlationIdIsKeptWhenGivenAndInventedOtherwise() throws Exception {
        List<WireRequest> sent = new ArrayList<>();
        Transport ok = r -> {
            sent.add(r);
            return new WireResponse(200, "", new byte[0]);
        };
        run(List.of(new CorrelationInterceptor()), ok, WireRequest.get("h", "/v1/health").withHeader(CorrelationInterceptor.HEADER, "s-1"));
        run(List.of(new CorrelationInterceptor()), ok, WireRequest.get("h", "/v1/health"));
        assertEquals("s-1", sent.get(0).header(CorrelationInterceptor.HEADER));
        assertTrue(sent.get(1).header(CorrelationInterceptor.HEADER).startsWith("kiosk-"));
    }

    private static WireResponse run(List<Interceptor> interceptors, Transport t, WireRequest r) throws WireException {
        return new InterceptorChain(interceptors, t, r).proceed(r);
    }
}
