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

    /** The plain words for this state when a driver gives none more specific. */
    public String citizenMessageKey() {
        return switch (this) {
            case ONLINE -> "device.state.online";
            case OFFLINE -> "device.state.offline";
            case NO_DEVICE -> "device.state.no_device";
            case HARDWARE_ERROR -> "device.state.hardware_error";
            case USER_ERROR -> "device.state.user_error";
            case BUSY -> "device.state.busy";
            case CLOSED -> "device.state.closed";
        };
    }

    /** Whether a citizen can use the device right now. */
    public boolean usable() {
        return this == ONLINE || this == BUSY;
    }
}
