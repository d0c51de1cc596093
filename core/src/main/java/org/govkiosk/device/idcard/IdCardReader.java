package org.govkiosk.device.idcard;

import java.util.Optional;
import org.govkiosk.device.Device;
import org.govkiosk.device.DeviceException;

/**
 * Port for a second-generation ID card reader. Blocking: call from a worker thread.
 * The application polls {@link #readOnce()} only while the identify screen is open.
 */
public interface IdCardReader extends Device {
    /**
     * One find -> select -> read attempt.
     *
     * @return empty when no card is on the reader
     * @throws DeviceException with a citizen message key for a card that cannot be read,
     *                         OFFLINE/TIMEOUT when the reader does not answer
     */
    Optional<IdCardData> readOnce() throws DeviceException;

    /** Whether a card is still in the field: used to wait for removal after a read. */
    boolean cardPresent() throws DeviceException;
}
