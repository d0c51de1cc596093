package org.govkiosk.device.receipt;

/**
 * The four real-time status bytes ({@code DLE EOT 1..4}) decoded. Every reply matches {@code 0xx1xx10b}.
 */
public record EscPosStatus(int printer, int offlineCause, int errorCause, int paperSensor) {
    /** Whether a byte can be a DLE EOT reply at all; anything else is garbage on the line. */
    public static boolean wellFormed(int b) {
        return (b & 0x93) == 0x12;
    }

    public boolean offline() { return (printer & 0x08) != 0; }
    public boolean coverOpen() { return (offlineCause & 0x04) != 0; }
    public boolean stoppedByPaperEnd() { return (offlineCause & 0x20) != 0; }
    public boolean errorOccurred() { return (offlineCause & 0x40) != 0; }
    public boolean cutterError() { return (errorCause & 0x08) != 0; }
    public boolean unrecoverable() { return (errorCause & 0x20) != 0; }
    public boolean autoRecoverable() { return (errorCause & 0x40) != 0; }
    public boolean paperNearEnd() { return (paperSensor & 0x0C) != 0; }
    public boolean paperEnd() { return (paperSensor & 0x60) != 0 || stoppedByPaperEnd(); }

    /** Whether printing must not start (or must stop). */
    public boolean blocking() {
        return paperEnd() || coverOpen() || cutterError() || unrecoverable() || offline() || errorOccurred();
    }

    public String hex() {
        return String.format("%02X %02X %02X %02X", printer, offlineCause, errorCause, paperSensor);
    }
}
