package org.govkiosk.session;

/** Why the kiosk is out of service (CUSS): shown to citizens in plain words, to operators as a code. */
public enum OutOfServiceReason {
    HARDWARE, CONSUMABLES, BACKEND, HOURS,
    /** Put out of service by an operator's signed command (docs/fleet.md); only an operator puts it back. */
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
