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

        public String citizenMessageKey() {
            return switch (this) {
                case VALID -> "print.verify.valid";
                case UNREADABLE -> "print.verify.unreadable";
                case NOT_SIGNED -> "print.verify.not_signed";
                case MODIFIED -> "print.verify.modified";
                case BAD_SIGNATURE -> "print.verify.bad_signature";
                case UNTRUSTED -> "print.verify.untrusted";
                case CONTENT_MISSING -> "print.verify.content_missing";
                case QR_MISSING -> "print.verify.qr_missing";
                case QR_MISMATCH -> "print.verify.qr_mismatch";
                case SM2_INVALID -> "print.verify.sm2_invalid";
                case NOT_OURS -> "print.verify.not_ours";
                case REVOKED -> "print.verify.revoked";
                case UNKNOWN_SERIAL -> "print.verify.unknown_serial";
                case SERVICE_UNAVAILABLE -> "print.verify.service_unavailable";
            };
        }
    }

    public boolean valid() { return verdict == Verdict.VALID; }

    static VerificationResult invalid(Reason reason, String detail, String serial) {
        return new VerificationResult(Verdict.INVALID, reason, detail, serial == null ? "" : serial, "", false);
    }

    static VerificationResult unreadable(String detail) {
        return new VerificationResult(Verdict.UNREADABLE, Reason.UNREADABLE, detail, "", "", false);
    }
}
