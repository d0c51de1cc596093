package org.govkiosk.records;

/** What the department says about a certificate serial when someone verifies a printout. */
public record CertificateStatus(String serial, State state, String contentDigestHex, String itemCode) {
    public enum State { VALID, REVOKED, UNKNOWN }
}
