package org.govkiosk.device;

/** Device states after XFS4IoT: what a device can be, seen from the application. */
public enum DeviceState {
    /** Opened and answering. */
    ONLINE,
    /** Configured but not answering (unplugged, powered down, link silent). */
    OFFLINE,
    /** Not configured on this kiosk or not found at all. */
    NO_DEVICE,
    /** Answering, but reports a fault that needs a technician. */
    HARDWARE_ERROR,
    /** A fault the citizen or a refill can clear (cover open, card held wrongly). */
    USER_ERROR,
    /** Working on a request. */
    BUSY,
    /** Lifecycle not yet opened or already closed. */
    CLOSED;

    /** Whether a citizen can use the device right now. */
    public boolean usable() {
        return this == ONLINE || this == BUSY;
    }
}
