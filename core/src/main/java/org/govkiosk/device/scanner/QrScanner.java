package org.govkiosk.device.scanner;

import java.util.function.Consumer;
import org.govkiosk.device.Device;

/** Port for a QR/barcode scanner: payloads arrive as events while enabled. */
public interface QrScanner extends Device {
    /** The listener runs on the scanner's thread; it must hand work off quickly. */
    void setPayloadListener(Consumer<String> listener);
}
