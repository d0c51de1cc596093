package org.govkiosk.session;

/** Every way a citizen session can end. Each one wipes the session. */
public enum EndReason {
    /** The citizen finished and the done screen timed out or she tapped "finish". */
    DONE,
    /** No touch for the inactivity limit, after the warning. */
    INACTIVITY,
    /** The session reached its maximum length. */
    MAX_LENGTH,
    /** The citizen tapped "exit" / "home". */
    CANCELLED,
    /** A device fault took the kiosk out of service. */
    DEVICE_FAULT,
    /** A technician asked for maintenance mode. */
    MAINTENANCE,
    /** The kiosk is shutting down. */
    SHUTDOWN
}
