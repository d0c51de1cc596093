package org.govkiosk.ui.screen;

import org.govkiosk.config.KioskSettings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.govkiosk.catalog.JsonCatalog;
import org.govkiosk.catalog.ServiceItem;
import org.govkiosk.certificate.DocumentMaker;
import org.govkiosk.config.KioskConfig;
import org.govkiosk.device.receipt.Receipt;
import org.govkiosk.identity.DocumentType;
import org.govkiosk.identity.Gender;
import org.govkiosk.identity.IdAssurance;
import org.govkiosk.identity.IdentityDocument;
import org.govkiosk.records.CitizenRef;
import org.govkiosk.records.ItemRecord;
import org.govkiosk.session.CitizenSession;
import org.govkiosk.session.EndReason;
import org.govkiosk.session.ManualTicker;
import org.govkiosk.session.SessionManager;
import org.govkiosk.session.SessionPolicy;
import org.junit.jupiter.api.Test;

/**
 * The print worker used to read the session's data while it ran; an inactivity timeout on the UI thread wipes
 * that data meanwhile. The job is now taken on the UI thread and the worker reads only the job.
 */
class PrintJobTest {
    @Test
    void aJobTakenBeforeATimeoutStillHasWhatTheWorkerNeedsAfterTheWipe() throws Exception {
        SessionManager manager = new SessionManager(new SessionPolicy(Duration.ofSeconds(60), Duration.ofSeconds(20),
                Duration.ofMinutes(10), Duration.ofSeconds(10)), new ManualTicker());
        manager.ready();
        CitizenSession s = manager.start(Locale.ENGLISH, false);
        IdentityDocument doc = new IdentityDocument(DocumentType.RESIDENT_ID, "测试人", Gender.FEMALE, "01",
                LocalDate.of(1980, 1, 1), "郑州市", "410105198001010026", "公安局", LocalDate.of(2020, 1, 1), null, null);
        CitizenRef citizen = new CitizenRef("tok", "测*");
        s.data().identifiedBy(doc, IdAssurance.ID_CARD, citizen);
        ServiceItem item = JsonCatalog.load(KioskSettings.defaults().catalog()).all().get(0);
        ItemRecord record = new ItemRecord(item.code(), List.of(), null, null);
        var data = s.data();

        PrintJob job = PrintJob.capture(s, item, record); // UI thread, before the work is submitted
        manager.end(EndReason.INACTIVITY); // the timeout fires while the worker is still queued
        assertNull(data.citizen(), "the session's data is wiped: a worker reading it would find nothing");

        List<Object> seen = new ArrayList<>();
        DocumentMaker maker = new DocumentMaker() {
            @Override public byte[] certificatePdf(String sessionId, ServiceItem i, CitizenRef c, IdentityDocument d, Locale l) {
                seen.addAll(List.of(sessionId, i, c, d, l));
                return new byte[] {1};
            }
            @Override public Receipt receipt(String sessionId, ServiceItem i, ItemRecord r, CitizenRef c) {
                seen.addAll(List.of(sessionId, i, r, c));
                return null;
            }
        };
        assertArrayEquals(new byte[] {1}, job.certificate(maker));
        assertEquals(List.of(s.id(), item, citizen, doc, Locale.ENGLISH), seen);
        seen.clear();
        job.receipt(maker);
        assertEquals(List.of(s.id(), item, record, citizen), seen);
    }
}
