package org.govkiosk.kiosk.serial;

import org.govkiosk.config.IdCardConfig;
import org.govkiosk.config.SerialConfig;
import org.govkiosk.device.idcard.SamReaderDriver;

/** The kiosk's ID card reader: the SAM driver on the configured serial port, surviving unplugs. */
public final class SerialIdCardReaders {
    private SerialIdCardReaders() {}

    /**
     * Not yet started: call {@code start()} on a worker thread (it talks to the reader). The reconnecting port
     * tells the driver when it is lost and back ({@link SamReaderDriver#watching}), as the desktop's cable does.
     */
    public static SamReaderDriver fromConfig(IdCardConfig idCard, SerialConfig serial) {
        return SamReaderDriver.watching(ReconnectingLink.jssc(idCard.port(), idCard.baud(), serial), idCard);
    }
}
