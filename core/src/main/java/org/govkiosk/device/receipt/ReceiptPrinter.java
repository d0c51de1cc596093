package org.govkiosk.device.receipt;

import org.govkiosk.device.Device;
import org.govkiosk.device.DeviceException;
import org.govkiosk.device.printer.PrintOutcome;

/** Port for the 80 mm thermal receipt printer. Blocking: call from a worker thread. */
public interface ReceiptPrinter extends Device {
    /** Checks status before and after; never queues blindly. */
    PrintOutcome printReceipt(Receipt receipt, String sessionId) throws DeviceException;
}
