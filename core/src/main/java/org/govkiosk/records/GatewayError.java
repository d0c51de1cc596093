package org.govkiosk.records;

/** Typed failures of the records gateway. The citizen sees plain words; the technician sees the detail. */
public enum GatewayError {
    /** Connection refused or no route. */
    UNREACHABLE(true),
    /** No answer within the configured timeout. */
    TIMEOUT(true),
    /** The citizen has no record for this item: not a fault. */
    NO_RECORD(false),
    /** The citizen is not known to the service. */
    UNKNOWN_CITIZEN(false),
    /** The service refused our request signature or the kiosk's key. */
    UNAUTHORIZED(false),
    /** Any other 4xx. */
    REJECTED(false),
    /** 5xx. */
    SERVER_ERROR(true),
    /** A body we cannot parse or that breaks the API contract. */
    MALFORMED(true),
    /** A body over the size limit. */
    TOO_LARGE(false);

    private final boolean retryable;

    GatewayError(boolean retryable) { this.retryable = retryable; }

    /** Whether offering the citizen "try again" makes sense. */
    public boolean retryable() { return retryable; }

    public String citizenMessageKey() {
        return switch (this) {
            case UNREACHABLE -> "records.error.unreachable";
            case TIMEOUT -> "records.error.timeout";
            case NO_RECORD -> "records.error.no_record";
            case UNKNOWN_CITIZEN -> "records.error.unknown_citizen";
            case UNAUTHORIZED -> "records.error.unauthorized";
            case REJECTED -> "records.error.rejected";
            case SERVER_ERROR -> "records.error.server_error";
            case MALFORMED -> "records.error.malformed";
            case TOO_LARGE -> "records.error.too_large";
        };
    }
}
