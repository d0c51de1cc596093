package org.govkiosk.desktop.records;

import static org.junit.jupiter.api.Assertions.*;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.govkiosk.identity.IdAssurance;
import org.govkiosk.identity.IdNumbers;
import org.govkiosk.identity.IdentityDocument;
import org.govkiosk.records.CertificateGrant;
import org.govkiosk.records.CitizenRef;
import org.govkiosk.records.GatewayError;
import org.govkiosk.records.GatewayResult;
import org.govkiosk.records.IdentifyRequest;
import org.govkiosk.records.ServiceHealth;
import org.govkiosk.records.http.HttpRecordsGateway;
import org.govkiosk.records.http.Interceptor;
import org.slf4j.LoggerFactory;
import org.govkiosk.testing.SlowClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The embedded records service against clients that misbehave on purpose, over real loopback sockets. */
@Timeout(60)
class HostileClientsTest {
    private static EmbeddedRecordsService service;
    private static HttpRecordsGateway gateway;
    private static SignedCalls raw;

    @BeforeAll
    static void start() throws Exception {
        service = EmbeddedRecordsService.start(ServiceFixture.serviceConfig(), new TestSealAuthority(), 0);
        gateway = ServiceFixture.client(service);
        raw = new SignedCalls(service.url());
    }

    private static CitizenRef identify(IdentityDocument d) {
        return gateway.identify("s-h", new IdentifyRequest(d.type(), d.number(), IdAssurance.ID_CARD)).orNull();
    }

    private static GatewayError error(GatewayResult<?> r) {
        assertFalse(r.isOk(), () -> "expected a failure, got " + r);
        return ((GatewayResult.Failure<?>) r).error();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void twoHundredSlowClientsDoNotStopTheServiceAnsweringAKiosk() throws Exception {
        // With com.sun.net.httpserver 32 half-sent requests stopped it answering anyone, /v1/health included.
        try (SlowClients slow = SlowClients.open(service.url().getPort(), 200, "/v1/identify")) {
            long t0 = System.nanoTime();
            GatewayResult<ServiceHealth> h = gateway.health();
            long ms = Duration.ofNanos(System.nanoTime() - t0).toMillis();
            assertTrue(h.isOk(), h.toString());
            assertTrue(ms < 1000, "GET /v1/health took " + ms + " ms beside 200 slow clients");
        }
    }

    @Test
    void brokenIdentifyBodiesGetA400InPlainWords() throws Exception {
        for (String body : List.of("{\"documentType\":null,\"documentNumber\":\"110101199003074514\",\"assurance\":\"ID_CARD\"}",
                "[]", "{}", "{\"documentType\":\"PASSPORT\",\"documentNumber\":\"110101199003074514\",\"assurance\":\"ID_CARD\"}",
                "{\"documentType\":\"RESIDENT_ID\",\"documentNumber\":\"110101199003074514\",\"assurance\":[1]}")) {
            HttpResponse<String> r = raw.identify(body);
            assertEquals(400, r.statusCode(), body + " -> " + r.body());
            assertTrue(r.body().contains("BAD_REQUEST"), r.body());
            // No Java in the answer: no package, class or exception names.
            assertFalse(r.body().matches("(?s).*(org\\.govkiosk|java\\.|Exception|No enum constant).*"), r.body());
        }
    }

    @Test
    void aTimestampThatOverflowsTheWindowCheckIsRefused() throws Exception {
        long now = Instant.now().getEpochSecond();
        String body = "{\"documentType\":\"RESIDENT_ID\",\"documentNumber\":\"110101199003074514\",\"assurance\":\"ID_CARD\"}";
        for (long ts : new long[] {now + Long.MIN_VALUE, Long.MIN_VALUE, Long.MAX_VALUE, now - 3600}) {
            HttpResponse<String> r = raw.send("POST", "/v1/identify", body, Map.of(), String.valueOf(ts));
            assertEquals(401, r.statusCode(), ts + " -> " + r.body());
        }
    }

    @Test
    void correlationIdsOfUnsafeCharactersOrLengthAreNeitherEchoedNorLogged() throws Exception {
        String forged = "x<script>alert(1)</script>";
        HttpResponse<String> r = raw.send("GET", "/v1/health", null, Map.of("X-Correlation-Id", forged));
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("X-Correlation-Id").isEmpty());
        HttpResponse<String> longOne = raw.send("GET", "/v1/health", null, Map.of("X-Correlation-Id", "a".repeat(5000)));
        assertTrue(longOne.headers().firstValue("X-Correlation-Id").isEmpty());
        assertEquals("s-7f3a", raw.send("GET", "/v1/health", null, Map.of("X-Correlation-Id", "s-7f3a"))
                .headers().firstValue("X-Correlation-Id").orElse(""));
    }

    @Test
    void knownAndUnknownNumbersGetTheSameKindOfAnswer() throws Exception {
        // A stolen kiosk key must not learn who exists: both are 200 with a token and a masked name.
        String known = DemoCitizens.PENSIONER.document().number();
        String unknown = IdNumbers.withCheckDigit("41010519990101999");
        for (String n : List.of(known, unknown)) {
            HttpResponse<String> r = raw.identify("{\"documentType\":\"RESIDENT_ID\",\"documentNumber\":\"" + n + "\",\"assurance\":\"ID_CARD\"}");
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.body().matches("\\{\"token\":\"[A-Za-z0-9_-]{32}\",\"maskedName\":\"\\p{IsHan}\\*{1,2}\",\"expiresInSeconds\":\\d+}"), r.body());
        }
        // Asking twice gives the same decoy name (no difference to average out), and the token finds nothing.
        CitizenRef stranger = gateway.identify("s", new IdentifyRequest(org.govkiosk.identity.DocumentType.RESIDENT_ID, unknown, IdAssurance.ID_CARD)).orNull();
        assertEquals(stranger.maskedName(), gateway.identify("s", new IdentifyRequest(org.govkiosk.identity.DocumentType.RESIDENT_ID, unknown, IdAssurance.ID_CARD)).orNull().maskedName());
        assertEquals(GatewayError.NO_RECORD, error(gateway.fetchRecord("s", stranger, "YL-006")));
        // A number of another document type is a stranger too: its records stay out of reach.
        IdentityDocument hk = DemoCitizens.HONG_KONG_RESIDENT.document();
        CitizenRef wrongType = gateway.identify("s", new IdentifyRequest(org.govkiosk.identity.DocumentType.RESIDENT_ID, hk.number(), IdAssurance.ID_CARD)).orNull();
        for (String item : List.of("FC-001", "FC-002", "YL-006", "GJJ-001", "HJ-001")) {
            GatewayResult<?> rec = gateway.fetchRecord("s", wrongType, item);
            assertEquals(GatewayError.NO_RECORD, error(rec), item);
        }
    }

    @Test
    void identifyIsRateLimitedPerKioskWithAnAlert() throws Exception {
        Logger alert = (Logger) LoggerFactory.getLogger("org.govkiosk.records.alert");
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        alert.addAppender(captured);
        try (EmbeddedRecordsService limited = EmbeddedRecordsService.start(ServiceFixture.serviceConfig().with(Map.of(
                "records.service.identifyBurst", "5", "records.service.identifyPerMinute", "5")), new TestSealAuthority(), 0)) {
            HttpRecordsGateway g = ServiceFixture.client(limited);
            List<Boolean> ok = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                ok.add(g.identify("s", new IdentifyRequest(org.govkiosk.identity.DocumentType.RESIDENT_ID,
                        IdNumbers.withCheckDigit(String.format("41010519900101%03d", i)), IdAssurance.ID_CARD)).isOk());
            }
            assertEquals(5, ok.stream().filter(b -> b).count(), ok.toString());
            HttpResponse<String> refused = new SignedCalls(limited.url()).identify(
                    "{\"documentType\":\"RESIDENT_ID\",\"documentNumber\":\"110101199003074514\",\"assurance\":\"ID_CARD\"}");
            assertEquals(429, refused.statusCode());
            assertTrue(refused.body().contains("RATE_LIMITED"));
        } finally {
            alert.detachAppender(captured);
        }
        assertEquals(1, captured.list.size(), "one alert a minute, not one per request");
        assertTrue(captured.list.get(0).getFormattedMessage().startsWith("ALERT kiosk ZZ-GX-0001"), captured.list.get(0).getFormattedMessage());
    }

    @Test
    void aCitizenTokenDiesWithHerSession() {
        CitizenRef her = identify(DemoCitizens.PENSIONER.document());
        assertTrue(gateway.fetchRecord("s", her, "YL-006").isOk());
        assertTrue(gateway.endSession("s", her).isOk());
        assertEquals(GatewayError.UNKNOWN_CITIZEN, error(gateway.fetchRecord("s", her, "YL-006")));
    }

    @Test
    void theSameIdempotencyKeyFromAnotherCitizenNeverReturnsTheFirstCitizensCertificate() {
        Interceptor sameKey = chain -> chain.proceed(chain.request().withHeader(HttpRecordsGateway.IDEMPOTENCY_KEY, "retry-key-0001"));
        HttpRecordsGateway g = ServiceFixture.client(service, Map.of(), List.of(sameKey));
        List<CertificateGrant> grants = new ArrayList<>();
        for (DemoCitizens.DemoCitizen d : DemoCitizens.ALL) {
            CitizenRef who = g.identify("s", new IdentifyRequest(d.document().type(), d.document().number(), IdAssurance.ID_CARD)).orNull();
            GatewayResult<CertificateGrant> r = g.requestCertificate("s", who, "FC-002");
            if (r.isOk()) grants.add(r.orNull());
            if (grants.size() == 2) break;
        }
        assertEquals(2, grants.size(), "two demo citizens with an FC-002 certificate");
        assertNotEquals(grants.get(0).serial(), grants.get(1).serial());
        assertNotEquals(grants.get(0).record(), grants.get(1).record());
    }

    @Test
    void anAppCodeIsIssuedToThePhoneWorksOnceAndAnIdNumberIsNeverOne() throws Exception {
        String number = DemoCitizens.PENSIONER.document().number();
        // The old demo format: the text GOVAPP:<her number> identified her. Now it identifies nobody.
        HttpResponse<String> forged = raw.identify("{\"documentType\":\"RESIDENT_ID\",\"documentNumber\":\"GOVAPP:" + number
                + "\",\"assurance\":\"APP_QR\"}");
        assertEquals(404, forged.statusCode(), forged.body());
        assertEquals(401, raw.appCode(number, null).statusCode(), "a kiosk or anyone else cannot mint codes");
        assertEquals(401, raw.appCode(number, "guessed").statusCode());
        HttpResponse<String> issued = raw.appCode(number, "demo-app-key-change-me");
        assertEquals(201, issued.statusCode(), issued.body());
        String code = org.govkiosk.records.http.RecordsJson.MAPPER.readTree(issued.body()).get("code").asText();
        assertTrue(code.matches("GOVAPP:[A-Za-z0-9_-]{32}"), code);
        assertFalse(code.contains(number));
        IdentifyRequest scan = new IdentifyRequest(org.govkiosk.identity.DocumentType.RESIDENT_ID, code, IdAssurance.APP_QR);
        CitizenRef her = gateway.identify("s", scan).orNull();
        assertEquals(org.govkiosk.identity.Masking.name(DemoCitizens.PENSIONER.document().name()), her.maskedName());
        assertTrue(gateway.fetchRecord("s", her, "YL-006").isOk());
        assertEquals(GatewayError.UNKNOWN_CITIZEN, error(gateway.identify("s", scan)), "a code works once");
    }
}
