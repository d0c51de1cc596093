package org.govkiosk.certificate;

/**
 * The verdict on a certificate.
 *
 * @param reason  why; {@link Reason#citizenMessageKey()} gives the plain words
 * @param detail  technician / CLI detail (signer, byte ranges, what did not match); no personal data
 * @param serial  the certificate serial when it could be read, else empty
 * @param signer  the signing certificate's subject when known, else empty
 * @param view    what the department vouches for (masked), when the check got that far; else null
 */
public record VerificationResult(Verdict verdict, Reason reason, String detail, String serial, String signer, boolean demo,
                                 org.govkiosk.records.CertificateView view) {
    public VerificationResult(Verdict verdict, Reason reason, String detail, String serial, String signer, boolean demo) {
        this(verdict, reason, detail, serial, signer, demo, null);
    }

    public enum Verdict { VALID, INVALID, UNREADABLE }

    public enum Reason {
        VALID, UNREADABLE, NOT_SIGNED, MODIFIED, BAD_SIGNATURE, UNTRUSTED, CONTENT_MISSING, QR_MISSING, QR_MISMATCH,
        SM2_INVALID, NOT_OURS, REVOKED, UNKNOWN_SERIAL, SERVICE_UNAVAILABLE, NO_TIMESTAMP, CONTENT_MISMATCH,
        WRONG_DEPARTMENT, URL_NOT_OURS, KEY_REVOKED;

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
                case NO_TIMESTAMP -> "print.verify.no_timestamp";
                case CONTENT_MISMATCH -> "print.verify.content_mismatch";
                case WRONG_DEPARTMENT -> "print.verify.wrong_department";
                case URL_NOT_OURS -> "print.verify.url_not_ours";
                case KEY_REVOKED -> "print.verify.key_revoked";
            };
        }
    }

    public boolean valid() { return verdict == Verdict.VALID; }

    VerificationResult withView(org.govkiosk.records.CertificateView v) {
        return new VerificationResult(verdict, reason, detail, serial, signer, demo, v);
    }

    static VerificationResult invalid(Reason reason, String detail, String serial) {
        return new VerificationResult(Verdict.INVALID, reason, detail, serial == null ? "" : serial, "", false);
    }

    static VerificationResult unreadable(String detail) {
        return new VerificationResult(Verdict.UNREADABLE, Reason.UNREADABLE, detail, "", "", false);
    }
}
