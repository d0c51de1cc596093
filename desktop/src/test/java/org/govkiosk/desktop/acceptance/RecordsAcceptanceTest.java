package org.govkiosk.desktop.acceptance;

import static org.govkiosk.desktop.acceptance.AcceptanceRun.assertScreensInOrder;
import static org.govkiosk.desktop.acceptance.AcceptanceRun.fetch;
import static org.govkiosk.desktop.acceptance.AcceptanceRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.govkiosk.desktop.DesktopKiosk;
import org.govkiosk.desktop.records.DemoCitizens;
import org.govkiosk.desktop.records.Fault;
import org.govkiosk.records.GatewayError;
import org.govkiosk.records.GatewayResult;
import org.govkiosk.records.ItemRecord;
import org.govkiosk.records.RecordField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Issue 4 through the real application: search, her record on screen, no record, service faults and retry. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class RecordsAcceptanceTest {
    /** The account number the scenarios expect on screen (records-provident-fund, records-faults, records-slow). */
    private static final String ACCOUNT = "41596856447265";

    /** The records service's own GJJ-001 record for the homeowner must hold what the scenario read on screen. */
    private static void assertServiceHoldsTheAccount(AtomicReference<GatewayResult<ItemRecord>> fetched) {
        GatewayResult.Ok<?> ok = assertInstanceOf(GatewayResult.Ok.class, fetched.get(), String.valueOf(fetched.get()));
        ItemRecord rec = (ItemRecord) ok.value();
        assertTrue(rec.fields().stream().map(RecordField::value).anyMatch(ACCOUNT::equals),
                "the service's GJJ-001 record has account " + ACCOUNT);
    }

    private static void fetchHomeownerAccount(DesktopKiosk k, AtomicReference<GatewayResult<ItemRecord>> into) {
        into.set(fetch(k, DemoCitizens.HOMEOWNER_WITH_MORTGAGE, "GJJ-001"));
    }

    @Test
    void searchGjjOpensHerProvidentFundRecord() throws Exception {
        AtomicReference<GatewayResult<ItemRecord>> fetched = new AtomicReference<>();
        var r = run("records-provident-fund", k -> fetchHomeownerAccount(k, fetched)).passed();
        assertScreensInOrder(r.report(), "identify", "catalog", "result", "attract");
        assertServiceHoldsTheAccount(fetched);
    }

    @Test
    void backFromAnItemReturnsToHerSearchOrCategory() throws Exception {
        var r = run("catalog-back-keeps-place", null).passed();
        assertScreensInOrder(r.report(), "catalog", "result", "catalog", "result", "catalog", "attract", "identify", "catalog");
    }

    @Test
    void citizenWithNoRecordsGetsTheNoRecordWords() throws Exception {
        AtomicReference<GatewayResult<ItemRecord>> fetched = new AtomicReference<>();
        var r = run("records-no-record", k -> fetched.set(fetch(k, DemoCitizens.NO_RECORDS, "GJJ-001"))).passed();
        assertScreensInOrder(r.report(), "catalog", "result", "attract");
        var failure = assertInstanceOf(GatewayResult.Failure.class, fetched.get());
        assertEquals(GatewayError.NO_RECORD, failure.error());
    }

    @Test
    void serviceErrorAndGarbageShowPlainWordsAndRetryKeepsTheSession() throws Exception {
        AtomicReference<Fault> fault = new AtomicReference<>();
        AtomicReference<GatewayResult<ItemRecord>> fetched = new AtomicReference<>();
        var r = run("records-faults", k -> {
            fault.set(k.records().faults().current());
            fetchHomeownerAccount(k, fetched);
        }).passed();
        // One session from card to exit: the faults never sent her back to identify.
        assertScreensInOrder(r.report(), "identify", "catalog", "result", "catalog", "result", "catalog", "attract");
        assertEquals(1, r.report().screens().stream().filter("identify"::equals).count(), r.report().screens().toString());
        assertEquals(Fault.NONE, fault.get());
        assertServiceHoldsTheAccount(fetched);
    }

    @Test
    void slowServiceTimesOutWithPlainWordsAndRetrySucceeds() throws Exception {
        AtomicReference<GatewayResult<ItemRecord>> fetched = new AtomicReference<>();
        // The kiosk waits 1 s for an answer; "slow" answers after 3 s.
        var r = run("records-slow", Map.of("records.readTimeout", "1s", "records.service.faultDelay", "3s"),
                k -> fetchHomeownerAccount(k, fetched)).passed();
        assertEquals(1, r.report().screens().stream().filter("identify"::equals).count(), r.report().screens().toString());
        assertScreensInOrder(r.report(), "catalog", "result", "catalog", "attract");
        assertServiceHoldsTheAccount(fetched);
    }
}
