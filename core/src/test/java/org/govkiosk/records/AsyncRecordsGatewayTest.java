package org.govkiosk.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A scripted gateway stands in for HTTP here; the async wrapper only moves calls between threads. */
@Timeout(10)
class AsyncRecordsGatewayTest {
    private static RecordsGateway scripted(Runnable onHealth) {
        return new RecordsGateway() {
            public GatewayResult<CitizenRef> identify(String s, IdentifyRequest r) { return GatewayResult.ok(new CitizenRef("t", "张*")); }
            public GatewayResult<ItemRecord> fetchRecord(String s, CitizenRef c, String i) { throw new IllegalStateException("bug"); }
            public GatewayResult<CertificateGrant> requestCertificate(String s, CitizenRef c, String i) { return null; }
            public GatewayResult<byte[]> signDigest(String s, String se, SignatureAlgorithm a, byte[] d) { return GatewayResult.ok(d); }
            public GatewayResult<CertificateStatus> verifyCertificate(String se) { return GatewayResult.fail(GatewayError.TIMEOUT, "slow"); }
            public GatewayResult<ServiceHealth> health() {
                onHealth.run();
                return GatewayResult.ok(new ServiceHealth(true, "v", Thread.currentThread().getName()));
            }
        };
    }

    @Test
    void callsRunOffTheCallerAndAlwaysCompleteNormally() throws Exception {
        try (AsyncRecordsGateway g = new AsyncRecordsGateway(scripted(() -> {}), 2)) {
            ServiceHealth h = g.health().get(5, TimeUnit.SECONDS).orNull();
            assertNotEquals(Thread.currentThread().getName(), h.detail());
            assertTrue(h.detail().startsWith("records-"));
            GatewayResult<ItemRecord> bug = g.fetchRecord("s", new CitizenRef("t", "x"), "FC-001").get(5, TimeUnit.SECONDS);
            assertEquals(GatewayError.MALFORMED, ((GatewayResult.Failure<ItemRecord>) bug).error());
            assertEquals(GatewayError.MALFORMED, ((GatewayResult.Failure<CertificateGrant>) g.requestCertificate("s", null, "FC-001").get(5, TimeUnit.SECONDS)).error());
            assertEquals(GatewayError.TIMEOUT, ((GatewayResult.Failure<CertificateStatus>) g.verifyCertificate("x").get(5, TimeUnit.SECONDS)).error());
        }
    }

    @Test
    void theCallersSessionIdFollowsTheCall() throws Exception {
        String[] seen = new String[1];
        try (AsyncRecordsGateway g = new AsyncRecordsGateway(scripted(() -> seen[0] = org.slf4j.MDC.get("session")), 1)) {
            org.slf4j.MDC.put("session", "s-99");
            try {
                g.health().get(5, TimeUnit.SECONDS);
            } finally {
                org.slf4j.MDC.remove("session");
            }
            assertEquals("s-99", seen[0]);
        }
    }

    @Test
    void afterCloseCallsFailInsteadOfHanging() throws Exception {
        AsyncRecordsGateway g = new AsyncRecordsGateway(scripted(() -> {}), 1);
        g.close();
        assertEquals(GatewayError.UNREACHABLE, ((GatewayResult.Failure<ServiceHealth>) g.health().get(5, TimeUnit.SECONDS)).error());
    }
}
