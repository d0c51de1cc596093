package org.govkiosk.session;

/**
 * Why the kiosk is out of service (after CUSS): shown to citizens in plain words, to operators as a code.
 * Several can hold at once; the kiosk serves again only when none does ({@link AvailabilityPolicy}).
 */
public enum OutOfServiceReason {
    /** No way of identifying a citizen is left (ID card reader, camera and QR scanner all unusable). */
    HARDWARE,
    CONSUMABLES,
    /** The records service failed its health check several times in a row. */
    BACKEND,
    HOURS,
    /** An operator or technician took the kiosk out of service on purpose. */
    OPERATOR;

    /** One explicit key per reason, so a test can check every key exists and a new reason cannot go unworded. */
    public String citizenMessageKey() {
        return switch (this) {
            case HARDWARE -> "kiosk.outOfService.hardware";
            case CONSUMABLES -> "kiosk.outOfService.consumables";
            case BACKEND -> "kiosk.outOfService.backend";
            case HOURS -> "kiosk.outOfService.hours";
            case OPERATOR -> "kiosk.outOfService.operator";
        };
    }
}
