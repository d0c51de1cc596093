package org.govkiosk.kiosk.serial;

import org.govkiosk.config.KioskConfig;
import org.govkiosk.device.idcard.SamReaderDriver;

/** The kiosk's ID card reader: the SAM driver on the configured serial port, surviving unplugs. */
public final class SerialIdCardReaders {
    private SerialIdCardReaders() {}

    /** Not yet started: call {@code start()} on a worker thread (it talks to the reader). */
    public static SamReaderDriver fromConfig(KioskConfig config) {
        ReconnectingLink link = ReconnectingLink.jssc(config.string("idcard.port"), config.integer("idcard.baud"), config);
        SamReaderDriver driver = new SamReaderDriver(link, config);
        link.addListener(up -> driver.linkStateChanged(up, up ? "port " + link.name() + " back" : "port " + link.name() + " lost: " + link.lastProblem()));
        return driver;
    }
}
