package org.govkiosk.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * Every capability's configuration, bound once at start-up from the merged properties. A launcher calls
 * {@link #load} (or {@link #bind}) before it builds anything, so a bad value or an unknown key stops start-up
 * with a message naming the key, the file and the expected form; components then receive the one record they
 * need. To add a key: document it in default.properties and read it in the binder ({@code from}) of the record
 * it belongs to (ConfigKeysTest fails until both are done).
 */
public record KioskSettings(KioskIdentity identity, ScreenConfig screen, SessionTimeouts session, CatalogConfig catalog,
                            RecordsConfig records, RecordsServiceConfig recordsService, IdCardConfig idCard,
                            SerialConfig serial, ReceiptConfig receipt, ScannerConfig scanner, IdentifyConfig identify,
                            PrinterConfig printer, GpioConfig gpio, CertificateConfig certificate, AdminConfig admin,
                            StatusConfig status, WatchdogConfig watchdog, DesktopConfig desktop, SpeechConfig speech,
                            TimersConfig timers, FaceConfig face, CameraConfig camera, SiteHoursConfig siteHours,
                            KioskConfig source) {

    /**
     * Binds every record of this package. Capabilities that live in their own package or module bind their record
     * from {@link #source()} where they are built, at start-up too: device providers ({@code devices.*} and what
     * each provider reads), and the fleet ({@code fleet.FleetSettings}).
     */
    public static KioskSettings bind(KioskConfig c) {
        return new KioskSettings(KioskIdentity.from(c), ScreenConfig.from(c), SessionTimeouts.from(c), CatalogConfig.from(c),
                RecordsConfig.from(c), RecordsServiceConfig.from(c), IdCardConfig.from(c), SerialConfig.from(c),
                ReceiptConfig.from(c), ScannerConfig.from(c), IdentifyConfig.from(c), PrinterConfig.from(c),
                GpioConfig.from(c), CertificateConfig.from(c), AdminConfig.from(c), StatusConfig.from(c),
                WatchdogConfig.from(c), DesktopConfig.from(c), SpeechConfig.from(c), TimersConfig.from(c), FaceConfig.from(c),
                CameraConfig.from(c), SiteHoursConfig.from(c), c);
    }

    /** Defaults, then the site file (may be null), then overrides; validated. */
    public static KioskSettings load(Path siteFile, Map<String, String> overrides) {
        return bind(KioskConfig.load(siteFile, overrides));
    }

    public static KioskSettings defaults() {
        return bind(KioskConfig.defaults());
    }

    /** Defaults with some keys replaced (tests). */
    public static KioskSettings of(Map<String, String> overrides) {
        return load(null, overrides);
    }

    /** These settings with some keys replaced, bound again (a launcher's own wiring: the records URL, output folders). */
    public KioskSettings with(Map<String, String> changes) {
        return bind(source.with(changes));
    }
}
