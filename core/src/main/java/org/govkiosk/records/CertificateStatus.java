package org.govkiosk.records;

/**
 * What the department says about a certificate serial when someone verifies a printout.
 *
 * @param view what it vouches for (masked), present when the state is VALID or REVOKED
 */
public record CertificateStatus(String serial, State state, String contentDigestHex, String itemCode, CertificateView view) {
    public enum State { VALID, REVOKED, UNKNOWN }

    public CertificateStatus(String serial, State state, String contentDigestHex, String itemCode) {
        this(serial, state, contentDigestHex, itemCode, null);
    }
}
