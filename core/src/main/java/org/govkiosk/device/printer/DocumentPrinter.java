package org.govkiosk.device.printer;

import org.govkiosk.device.Device;
import org.govkiosk.device.DeviceException;

/** Port for the A4 document printer. Blocking: call from a worker thread. */
public interface DocumentPrinter extends Device {
    /**
     * Prints a PDF and follows the job to completion or failure. Checks the printer before sending.
     *
     * @param sessionId the citizen session the job belongs to (jobs of an ended session are cancelled)
     */
    PrintOutcome printPdf(byte[] pdf, String title, String sessionId) throws DeviceException;

    /** Cancels every job of that session that has not started printing, so nothing prints for the next person. */
    void cancelPending(String sessionId);
}
