package org.govkiosk.certificate;

/**
 * The verdict on a certificate.
 *
 * @param reason  why; {@link Reason#citizenMessageKey()} gives the plain words
 * @param detail  technician / CLI detail (signer, byte ranges, what did not match); no personal data
 * @param serial  the certificate serial when it could be read, else empty
 * @param signer  the signing certificate's subject when known, else empty
 */
public record VerificationResult(Verdict verdict, Reason reason, String detail, String serial, String signer, boolean demo) {
    public enum Verdict { VALID, INVALID, UNREADABLE }

    public enum Reason {
        VALID, UNREADABLE, NOT_SIGNED, MODIFIED, BAD_SIGNATURE, UNTRUSTED, CONTENT_MISSING, QR_MISSING, QR_MISMATCH,
        SM2_INVALID, NOT_OURS, REVOKED, UNKNOWN_SERIAL, SERVICE_UNAVAILABLE;

        public String citizenMessageKey() { return "print.verify." + name().toLowerCase(); }
    }

    public boolean valid() { return verdict == Verdict.VALID; }

    static VerificationResult invalid(Reason reason, String detail, String serial) {
        return new VerificationResult(Verdict.INVALID, reason, detail, serial == null ? "" : serial, "", false);
    }

    static VerificationResult unreadable(String detail) {
        return new VerificationResult(Verdict.UNREADABLE, Reason.UNREADABLE, detail, "", "", false);
    }
}
