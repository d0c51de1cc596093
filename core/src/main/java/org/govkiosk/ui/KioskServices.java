package org.govkiosk.ui;

import org.govkiosk.catalog.Catalog;
import org.govkiosk.certificate.DocumentMaker;
import org.govkiosk.config.KioskSettings;
import org.govkiosk.devices.DeviceSet;
import org.govkiosk.records.RecordsGateway;
import org.govkiosk.session.Ticker;
import org.govkiosk.speech.Speech;

/**
 * Everything the touchscreen application talks to, assembled by a launcher (desktop, kiosk, tests). The
 * settings were bound (and checked) once at start-up; screens read their capability's record from them.
 */
public record KioskServices(KioskSettings settings, Catalog catalog, RecordsGateway records, DeviceSet devices,
                            DocumentMaker documents, Ticker ticker, Speech speech) {
    /** Without a voice (tests and tools that do not speak). */
    public KioskServices(KioskSettings settings, Catalog catalog, RecordsGateway records, DeviceSet devices,
                         DocumentMaker documents, Ticker ticker) {
        this(settings, catalog, records, devices, documents, ticker, Speech.silent("no speech output in this launcher"));
    }
}
