package org.govkiosk.ui;

import org.govkiosk.catalog.Catalog;
import org.govkiosk.certificate.DocumentMaker;
import org.govkiosk.config.KioskConfig;
import org.govkiosk.devices.DeviceSet;
import org.govkiosk.records.RecordsGateway;
import org.govkiosk.session.Ticker;
import org.govkiosk.speech.Speech;

/** Everything the touchscreen application talks to, assembled by a launcher (desktop, kiosk, tests). */
public record KioskServices(KioskConfig config, Catalog catalog, RecordsGateway records, DeviceSet devices,
                            DocumentMaker documents, Ticker ticker, Speech speech) {
    /** Without a voice (tests and tools that do not speak). */
    public KioskServices(KioskConfig config, Catalog catalog, RecordsGateway records, DeviceSet devices,
                         DocumentMaker documents, Ticker ticker) {
        this(config, catalog, records, devices, documents, ticker, Speech.silent("no speech output in this launcher"));
    }
}
