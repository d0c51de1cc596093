package org.govkiosk.records;

import java.time.Instant;

/**
 * The department's permission to print one certificate: a serial it will answer for, the record snapshot
 * the certificate must show, and the seal image. The signature itself is asked for separately, over the
 * digest of the finished PDF, so the department's key never leaves the department.
 */
public record CertificateGrant(String serial, String itemCode, String departmentCode, Instant issuedAt,
                               ItemRecord record, byte[] sealPng, String verifyUrl, boolean demo) {
    @Override
    public String toString() {
        return "CertificateGrant[" + serial + " " + itemCode + "]";
    }
}
