package org.govkiosk.desktop.records;

import org.govkiosk.identity.IdNumbers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.govkiosk.catalog.JsonCatalog;
import org.govkiosk.catalog.ResultField;
import org.govkiosk.catalog.ServiceItem;
import org.govkiosk.config.KioskSettings;
import org.govkiosk.identity.DocumentType;
import org.govkiosk.identity.IdAssurance;
import org.govkiosk.identity.IdentityDocument;
import org.govkiosk.records.CitizenRef;
import org.govkiosk.records.GatewayError;
import org.govkiosk.records.GatewayResult;
import org.govkiosk.records.IdentifyRequest;
import org.govkiosk.records.ItemRecord;
import org.govkiosk.records.ServiceHealth;
import org.govkiosk.records.http.CorrelationInterceptor;
import org.govkiosk.records.http.HttpRecordsGateway;
import org.govkiosk.records.http.Interceptor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The real client against the real embedded service over loopback HTTP. */
@Timeout(60)
class HttpRecordsGatewayTest {
    private static EmbeddedRecordsService service;
    private static HttpRecordsGateway gateway;
    private static final JsonCatalog CATALOG = JsonCatalog.load(KioskSettings.defaults().catalog());

    @BeforeAll
    static void start() throws Exception {
        service = EmbeddedRecordsService.start(ServiceFixture.serviceConfig(), new TestSealAuthority(), 0);
        gateway = ServiceFixture.client(service);
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @AfterEach
    void noFault() {
        service.faults().clear();
    }

    private static CitizenRef identify(IdentifyRequest r) {
        GatewayResult<CitizenRef> res = gateway.identify("s-test", r);
        assertTrue(res.isOk(), () -> "identify failed: " + res);
        return res.orNull();
    }

    private static CitizenRef identify(IdentityDocument d) {
        return identify(new IdentifyRequest(d.type(), d.number(), IdAssurance.ID_CARD));
    }

    @Test
    void everyItemReturnsARecordWithItsResultFieldsForSomeoneWhoHasOne() {
        assertEquals(101, CATALOG.all().size());
        List<String> problems = new ArrayList<>();
        for (ServiceItem item : CATALOG.all()) {
            IdentifyRequest who = service.citizenFor(item.code(), true, ServiceFixture.CITIZENS).orElse(null);
            if (who == null) {
                problems.add(item.code() + ": nobody in the data has a record");
                continue;
            }
            GatewayResult<ItemRecord> r = gateway.fetchRecord("s-test", identify(who), item.code());
            if (!(r instanceof GatewayResult.Ok<ItemRecord> ok)) {
                problems.add(item.code() + ": " + r);
                continue;
            }
            ItemRecord rec = ok.value();
            Set<String> keys = new HashSet<>(rec.table().columnKeys());
            rec.fields().forEach(f -> keys.add(f.key()));
            for (ResultField f : item.resultFields()) {
                if (!keys.contains(f.key())) problems.add(item.code() + ": record lacks " + f.key());
            }
            assertEquals(item.code(), rec.itemCode());
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void aCitizenWithoutRecordsGetsAClearNoRecordForEveryItem() {
        CitizenRef nobody = identify(DemoCitizens.NO_RECORDS.document());
        for (ServiceItem item : CATALOG.all()) {
            GatewayResult<ItemRecord> r = gateway.fetchRecord("s-test", nobody, item.code());
            GatewayResult.Failure<ItemRecord> f = assertInstanceOf(GatewayResult.Failure.class, r, item.code());
            assertEquals(GatewayError.NO_RECORD, f.error(), item.code());
            assertFalse(f.retryable());
            assertEquals("records.error.no_record", f.citizenMessageKey());
        }
    }

    @Test
    void demoCitizensShowTheirSituations() {
        for (DemoCitizens.DemoCitizen d : DemoCitizens.ALL) identify(d.document());
        ItemRecord noHouse = gateway.fetchRecord("s", identify(DemoCitizens.NO_PROPERTY.document()), "FC-002").orNull();
        assertEquals("无房", noHouse.value("housingStatus").orElseThrow());
        ItemRecord mortgage = gateway.fetchRecord("s", identify(DemoCitizens.HOMEOWNER_WITH_MORTGAGE.document()), "BDC-004").orNull();
        assertEquals("1", mortgage.value("mortgageCount").orElseThrow());
        ItemRecord pension = gateway.fetchRecord("s", identify(DemoCitizens.PENSIONER.document()), "YL-006").orNull();
        assertEquals(12, pension.table().rows().size());
        ItemRecord loan = gateway.fetchRecord("s", identify(DemoCitizens.PROVIDENT_FUND_LOAN.document()), "GJJ-005").orNull();
        assertTrue(loan.value("loanContractNo").orElseThrow().startsWith("GJJDK"));
        ItemRecord hkGjj = gateway.fetchRecord("s", identify(DemoCitizens.HONG_KONG_RESIDENT.document()), "GJJ-002").orNull();
        assertEquals(12, hkGjj.table().rows().size());
        assertEquals(GatewayError.NO_RECORD, failure(gateway.fetchRecord("s", identify(DemoCitizens.HONG_KONG_RESIDENT.document()), "HJ-001")));
        assertTrue(gateway.fetchRecord("s", identify(DemoCitizens.FOREIGN_PERMANENT_RESIDENT.document()), "FC-001").isOk());
        assertEquals("王**", identify(DemoCitizens.HOMEOWNER_WITH_MORTGAGE.document()).maskedName());
    }

    @Test
    void theReferencePortraitOfTheClaimedIdentityComesFromThePackageProvidedPhotos() throws Exception {
        var d = DemoCitizens.HOMEOWNER_WITH_MORTGAGE.document();
        java.nio.file.Path file = DemoPortraits.fromConfig(org.govkiosk.config.KioskSettings.defaults()).fileOf(d.number()).orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(file != null || "true".equalsIgnoreCase(System.getenv("CI")),
                "run scripts/fetch-face-samples");
        byte[] got = gateway.referencePortrait("t", new IdentifyRequest(d.type(), d.number(), IdAssurance.FACE)).orNull();
        org.junit.jupiter.api.Assertions.assertArrayEquals(java.nio.file.Files.readAllBytes(file), got);
        // No portrait on file for this citizen (and none for a number nobody has): NO_RECORD, nothing else said.
        var seized = DemoCitizens.byKey("seized").orElseThrow().document();
        var none = gateway.referencePortrait("t", new IdentifyRequest(seized.type(), seized.number(), IdAssurance.FACE));
        assertEquals(org.govkiosk.records.GatewayError.NO_RECORD, ((org.govkiosk.records.GatewayResult.Failure<byte[]>) none).error());
        var unknown = gateway.referencePortrait("t", new IdentifyRequest(d.type(), "110101199001010011", IdAssurance.FACE));
        assertEquals(org.govkiosk.records.GatewayError.NO_RECORD, ((org.govkiosk.records.GatewayResult.Failure<byte[]>) unknown).error());
    }

    @Test
    void faceAssuranceIsAcceptedLikeTheCard() {
        IdentityDocument d = DemoCitizens.PENSIONER.document();
        CitizenRef ref = identify(new IdentifyRequest(d.type(), d.number(), IdAssurance.FACE));
        assertTrue(gateway.fetchRecord("s", ref, "YL-006").isOk());
    }

    @Test
    void strangersGetNoRecordsAndForgedTokensNoCitizen() {
        // Strangers and numbers of another document type are identified like anyone (the answer must not tell
        // who exists) but their token finds nothing: HostileClientsTest covers the details.
        IdentifyRequest stranger = new IdentifyRequest(DocumentType.RESIDENT_ID, IdNumbers.withCheckDigit("41010519990101999"), IdAssurance.ID_CARD);
        assertEquals(GatewayError.NO_RECORD, failure(gateway.fetchRecord("s", gateway.identify("s", stranger).orNull(), "FC-001")));
        assertEquals(GatewayError.UNKNOWN_CITIZEN, failure(gateway.fetchRecord("s", new CitizenRef("forged-token", "x"), "FC-001")));
        assertEquals(GatewayError.REJECTED, failure(gateway.fetchRecord("s", identify(DemoCitizens.PENSIONER.document()), "XX-999")));
        assertEquals(GatewayError.REJECTED, failure(gateway.fetchRecord("s", identify(DemoCitizens.PENSIONER.document()), "../admin")));
    }

    @Test
    void aWrongKioskSecretIsUnauthorizedAndNotRetried() {
        AtomicInteger attempts = new AtomicInteger();
        HttpRecordsGateway forger = ServiceFixture.client(service, Map.of("records.kioskSecret", "guessed"), List.of(counting(attempts)));
        GatewayResult.Failure<CitizenRef> f = assertInstanceOf(GatewayResult.Failure.class,
                forger.identify("s", new IdentifyRequest(DocumentType.RESIDENT_ID, DemoCitizens.PENSIONER.document().number(), IdAssurance.ID_CARD)));
        assertEquals(GatewayError.UNAUTHORIZED, f.error());
        assertTrue(f.technicianDetail().contains("signature does not match"), f.technicianDetail());
        assertEquals(1, attempts.get());
        HttpRecordsGateway unknownKiosk = ServiceFixture.client(service, Map.of("records.kioskKeyId", "ZZ-XX-9999"), List.of());
        assertEquals(GatewayError.UNAUTHORIZED, failure(unknownKiosk.identify("s", new IdentifyRequest(DocumentType.RESIDENT_ID, "410105198203150171", IdAssurance.ID_CARD))));
    }

    @Test
    void theSessionIdTravelsAsCorrelationId() {
        List<String> seen = new ArrayList<>();
        HttpRecordsGateway g = ServiceFixture.client(service, Map.of(), List.of(chain -> {
            seen.add(chain.request().header(CorrelationInterceptor.HEADER));
            return chain.proceed(chain.request());
        }));
        IdentityDocument d = DemoCitizens.PENSIONER.document();
        CitizenRef ref = g.identify("session-42", new IdentifyRequest(d.type(), d.number(), IdAssurance.ID_CARD)).orNull();
        g.fetchRecord("session-42", ref, "YL-006");
        assertEquals(List.of("session-42", "session-42"), seen);
    }

    @Test
    void slowServiceTimesOutWithoutRetrying() {
        service.faults().set(Fault.SLOW);
        AtomicInteger attempts = new AtomicInteger();
        HttpRecordsGateway g = ServiceFixture.client(service, Map.of(), List.of(counting(attempts)));
        assertEquals(GatewayError.TIMEOUT, failure(g.health()));
        assertEquals(1, attempts.get());
    }

    @Test
    void serverErrorIsTypedAndRetryable() {
        service.faults().set(Fault.ERROR500);
        GatewayResult.Failure<ServiceHealth> f = assertInstanceOf(GatewayResult.Failure.class, gateway.health());
        assertEquals(GatewayError.SERVER_ERROR, f.error());
        assertTrue(f.retryable());
        assertTrue(f.technicianDetail().contains("HTTP 500"), f.technicianDetail());
    }

    @Test
    void unavailableIsRetriedABoundedNumberOfTimes() {
        service.faults().set(Fault.UNAVAILABLE);
        AtomicInteger attempts = new AtomicInteger();
        HttpRecordsGateway g = ServiceFixture.client(service, Map.of(), List.of(counting(attempts)));
        assertEquals(GatewayError.SERVER_ERROR, failure(g.health()));
        assertEquals(3, attempts.get());
    }

    @Test
    void garbageJsonIsMalformed() {
        service.faults().set(Fault.GARBAGE);
        assertEquals(GatewayError.MALFORMED, failure(gateway.health()));
        assertEquals(GatewayError.MALFORMED, failure(gateway.identify("s", new IdentifyRequest(DocumentType.RESIDENT_ID, "410105198203150171", IdAssurance.ID_CARD))));
    }

    @Test
    void truncatedBodyIsMalformed() {
        service.faults().set(Fault.TRUNCATED);
        GatewayResult.Failure<ServiceHealth> f = assertInstanceOf(GatewayResult.Failure.class, gateway.health());
        assertEquals(GatewayError.MALFORMED, f.error(), f.technicianDetail());
    }

    @Test
    void oversizedBodyIsRefused() {
        service.faults().set(Fault.OVERSIZED);
        assertEquals(GatewayError.TOO_LARGE, failure(gateway.health()));
    }

    @Test
    void stoppedServiceIsUnreachableAfterBoundedRetries() throws Exception {
        EmbeddedRecordsService other = EmbeddedRecordsService.start(
                ServiceFixture.serviceConfig(Map.of("records.service.citizens", "5")), new TestSealAuthority(), 0);
        AtomicInteger attempts = new AtomicInteger();
        HttpRecordsGateway g = ServiceFixture.client(other, Map.of(), List.of(counting(attempts)));
        assertTrue(g.health().isOk());
        other.close();
        attempts.set(0);
        GatewayResult.Failure<ServiceHealth> f = assertInstanceOf(GatewayResult.Failure.class, g.health());
        assertEquals(GatewayError.UNREACHABLE, f.error(), f.technicianDetail());
        assertEquals(3, attempts.get());
    }

    @Test
    void healthSaysUp() {
        ServiceHealth h = gateway.health().orNull();
        assertTrue(h.up());
        assertTrue(h.version().startsWith("records-api/1"));
    }

    private static Interceptor counting(AtomicInteger attempts) {
        return chain -> {
            attempts.incrementAndGet();
            return chain.proceed(chain.request());
        };
    }

    private static GatewayError failure(GatewayResult<?> r) {
        assertFalse(r.isOk(), () -> "expected a failure, got " + r);
        return ((GatewayResult.Failure<?>) r).error();
    }
}
