package org.govkiosk.certificate;

import java.util.Locale;
import org.govkiosk.catalog.ServiceItem;
import org.govkiosk.device.receipt.Receipt;
import org.govkiosk.identity.IdentityDocument;
import org.govkiosk.records.CitizenRef;
import org.govkiosk.records.ItemRecord;

/** What the print screen needs: a sealed certificate PDF and a receipt for an item's record. Blocking. */
public interface DocumentMaker {
    /** Renders and seals the certificate (asks the department to sign). */
    byte[] certificatePdf(String sessionId, ServiceItem item, CitizenRef citizen, IdentityDocument document,
                          Locale locale) throws DocumentException;

    Receipt receipt(String sessionId, ServiceItem item, ItemRecord record, CitizenRef citizen);

    /** Prepares slow first-use work (fonts, PDF classes) at start-up; blocking, call from a worker. */
    default void warmUp() throws Exception {}

    /** A failure with the words for the citizen (bundle key) and the detail for the technician. */
    class DocumentException extends Exception {
        private final String citizenMessageKey;

        public DocumentException(String citizenMessageKey, String detail, Throwable cause) {
            super(detail, cause);
            this.citizenMessageKey = citizenMessageKey;
        }

        public String citizenMessageKey() { return citizenMessageKey; }
    }
}
