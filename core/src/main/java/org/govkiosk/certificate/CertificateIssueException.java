package org.govkiosk.certificate;

/** A certificate could not be issued: plain words for the citizen (bundle key), detail for the technician. */
public class CertificateIssueException extends Exception {
    private final String citizenMessageKey;
    private final boolean retryable;

    public CertificateIssueException(String citizenMessageKey, String technicianDetail, boolean retryable) {
        super(technicianDetail);
        this.citizenMessageKey = citizenMessageKey;
        this.retryable = retryable;
    }

    public CertificateIssueException(String citizenMessageKey, String technicianDetail, boolean retryable, Throwable cause) {
        super(technicianDetail, cause);
        this.citizenMessageKey = citizenMessageKey;
        this.retryable = retryable;
    }

    public String citizenMessageKey() { return citizenMessageKey; }

    /** Whether offering "try again" makes sense (back-end down, timeout). */
    public boolean retryable() { return retryable; }

    public String technicianDetail() { return getMessage(); }
}
