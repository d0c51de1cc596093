package org.govkiosk.records;

import java.time.Instant;
import java.util.List;

/**
 * What the department vouches for on a certificate, as shown to whoever checks a printout: the holder masked
 * (surname, 4+4 characters of the number), the item, the issue time and the record's key figures, so the person
 * checking compares them with the paper. Built from the department's own record (scanned QR) or from the signed
 * content (file check); never from what the paper prints.
 */
public record CertificateView(String serial, String itemCode, String departmentCode, Instant issuedAt, String maskedName,
                              String maskedNumber, List<RecordField> figures, int tableRows) {
    public CertificateView {
        figures = List.copyOf(figures);
    }
}
