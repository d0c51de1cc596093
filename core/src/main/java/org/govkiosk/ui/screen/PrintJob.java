package org.govkiosk.ui.screen;

import java.util.Locale;
import java.util.Objects;
import org.govkiosk.catalog.ServiceItem;
import org.govkiosk.certificate.DocumentMaker;
import org.govkiosk.device.receipt.Receipt;
import org.govkiosk.records.CitizenRef;
import org.govkiosk.records.ItemRecord;
import org.govkiosk.identity.IdentityDocument;
import org.govkiosk.session.CitizenSession;

/**
 * What one print needs, taken from the session on the UI thread before the work goes to a worker. The worker
 * reads only this: a timeout may end and wipe the session while the certificate is being sealed, and a worker
 * reading {@code SessionData} then would find it half gone (the wipe runs on the UI thread, unsynchronised).
 * The values are immutable and die with the job; the printer's ledger refuses jobs of an ended session.
 */
record PrintJob(String sessionId, ServiceItem item, ItemRecord record, CitizenRef citizen, IdentityDocument document,
                Locale locale) {
    PrintJob {
        Objects.requireNonNull(sessionId);
        Objects.requireNonNull(item);
    }

    /** On the UI thread, while the session is active. */
    static PrintJob capture(CitizenSession session, ServiceItem item, ItemRecord record) {
        if (!session.active()) throw new IllegalStateException("session " + session.id() + " has ended");
        var data = session.data();
        return new PrintJob(session.id(), item, record, data.citizen(), data.document(), session.locale());
    }

    /** On a worker. */
    byte[] certificate(DocumentMaker maker) throws DocumentMaker.DocumentException {
        return maker.certificatePdf(sessionId, item, citizen, document, locale);
    }

    /** On a worker. */
    Receipt receipt(DocumentMaker maker) {
        return maker.receipt(sessionId, item, record, citizen);
    }
}
