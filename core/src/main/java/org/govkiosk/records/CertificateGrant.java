package org.govkiosk.records;

import java.time.Instant;

/**
 * The department's permission to print one certificate: a serial it will answer for, the holder as the department
 * records her, the record snapshot the certificate must show, and the seal image. The department keeps its own copy
 * of this content and seals nothing else (docs/certificates.md, "Trust model").
 */
public record CertificateGrant(String serial, String itemCode, String departmentCode, Instant issuedAt, Holder holder,
                               ItemRecord record, byte[] sealPng, String verifyUrl, boolean demo) {
    /**
     * Who the certificate is about, as the department records her: the full name (printed, it is her certificate)
     * and the document number masked as certificates print it. The full number stays with the department.
     */
    public record Holder(String name, String maskedNumber) {
        @Override
        public String toString() {
            return "Holder[" + org.govkiosk.identity.Masking.name(name) + " " + maskedNumber + "]";
        }
    }

    @Override
    public String toString() {
        return "CertificateGrant[" + serial + " " + itemCode + "]";
    }
}
