package org.govkiosk.certificate;

import java.time.Instant;
import java.util.Locale;
import org.govkiosk.catalog.ServiceItem;
import org.govkiosk.device.receipt.Receipt;
import org.govkiosk.device.receipt.ReceiptFactory;
import org.govkiosk.identity.IdentityDocument;
import org.govkiosk.records.CitizenRef;
import org.govkiosk.records.ItemRecord;

/** Certificates issued through the department (grant, seal, signature over HTTP); receipts laid out locally. */
public final class IssuingDocumentMaker implements DocumentMaker {
    private final CertificateService certificates;
    private final ReceiptFactory receipts;

    public IssuingDocumentMaker(CertificateService certificates, ReceiptFactory receipts) {
        this.certificates = certificates;
        this.receipts = receipts;
    }

    @Override
    public byte[] certificatePdf(String sessionId, ServiceItem item, CitizenRef citizen, IdentityDocument document, Locale locale)
            throws DocumentException {
        try {
            // The holder printed comes from the department's grant, not from the card that was read.
            return certificates.issue(sessionId, item, citizen, locale);
        } catch (CertificateIssueException e) {
            throw new DocumentException(e.citizenMessageKey(), e.technicianDetail(), e);
        }
    }

    @Override
    public void warmUp() throws java.io.IOException {
        certificates.warmUp();
    }

    @Override
    public Receipt receipt(String sessionId, ServiceItem item, ItemRecord record, CitizenRef citizen) {
        // Receipts are in Chinese: they are financial proofs filed with departments that read Chinese.
        return receipts.paymentProof(item, record, citizen == null ? "" : citizen.maskedName(), Locale.SIMPLIFIED_CHINESE,
                Instant.now());
    }
}
