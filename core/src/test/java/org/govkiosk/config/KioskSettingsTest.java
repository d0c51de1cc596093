package org.govkiosk.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Binding and validation of every capability's record. */
class KioskSettingsTest {
    @TempDir
    Path dir;

    private static KioskConfig with(String key, String value) {
        return KioskConfig.defaults().with(Map.of(key, value));
    }

    /** The message for a bad value names where it came from, the key and what was expected. */
    private static void refused(String key, String value, Function<KioskConfig, ?> binder, String expected) {
        ConfigException e = assertThrows(ConfigException.class, () -> binder.apply(with(key, value)), key + "=" + value);
        assertEquals("overrides: '" + key + "' " + expected, e.getMessage());
    }

    @Test
    void defaultsBindToTheDocumentedValues() {
        KioskSettings s = KioskSettings.defaults();
        assertEquals("ZZ-GX-0001", s.identity().kioskId());
        assertEquals(ScreenConfig.Orientation.LANDSCAPE, s.screen().orientation());
        assertEquals(102f, s.screen().dpi());
        assertEquals(Optional.empty(), s.screen().fontPath());
        assertEquals(Duration.ofSeconds(90), s.session().inactivity());
        assertEquals(Duration.ofMinutes(15), s.session().maxLength());
        assertEquals(URI.create("http://127.0.0.1:18089"), s.records().url());
        assertEquals(2_000_000, s.records().maxBodyBytes());
        assertEquals(Map.of("ZZ-GX-0001", "demo-secret-change-me"), s.recordsService().kioskKeys());
        assertEquals(20260101L, s.recordsService().seed());
        assertEquals(Duration.ofMillis(50), s.idCard().pollInterval());
        assertEquals(115200, s.idCard().baud());
        assertEquals(Duration.ofMillis(800), s.idCard().selectTimeout());
        assertEquals(Duration.ofSeconds(10), s.serial().reopenMaxBackoff());
        assertEquals(List.of("pension", "medical"), s.receipt().socialInsuranceCategories());
        assertEquals(List.of("gjj"), s.receipt().providentFundCategories());
        assertEquals(ScannerConfig.Suffix.CR, s.scanner().suffix());
        assertEquals("GOVAPP:", s.identify().appCodePrefix());
        assertEquals("localhost:631", s.printer().cupsServer());
        assertEquals(17, s.gpio().pin("lightGreen"));
        assertEquals(8, s.gpio().pins().size());
        assertEquals(Set.of(), s.gpio().activeLow());
        assertEquals(ZoneId.of("Asia/Shanghai"), s.certificate().timeZone());
        assertEquals(List.of(), s.certificate().trustAnchors());
        assertEquals(Optional.empty(), s.admin().pinHash());
        assertEquals(Optional.empty(), s.status().token());
        assertEquals(Duration.ofSeconds(10), s.watchdog().interval());
        assertEquals(Path.of(System.getProperty("user.home"), ".cache", "govkiosk"), s.desktop().dataDir());
    }

    @Test
    void siteFileOverridesDefaultsAndOverridesOverrideTheSiteFile() throws IOException {
        Path site = dir.resolve("kiosk.properties");
        Files.writeString(site, "kiosk.id=ZZ-GX-0042\nidcard.baud=9600\nscreen.orientation=portrait\n"
                + "catalog.disabledItems=FC-006, ,GJJ-007 ,\n", StandardCharsets.UTF_8);
        KioskConfig c = KioskConfig.load(site, Map.of("idcard.baud", "57600"));
        KioskSettings s = KioskSettings.bind(c);
        assertEquals("ZZ-GX-0042", s.identity().kioskId());
        assertEquals(57600, s.idCard().baud());
        assertTrue(s.screen().portrait());
        assertEquals(List.of("FC-006", "GJJ-007"), s.catalog().disabledItems(), "list parsed once, blanks dropped");
        assertEquals(site.toString(), c.origin("kiosk.id"));
        assertEquals(KioskConfig.OVERRIDES, c.origin("idcard.baud"));
        assertEquals("default.properties", c.origin("receipt.baud"));
    }

    @Test
    void unknownKeyInSiteFileStopsLoadingNamingFileKeyAndClosestKey() throws IOException {
        Path site = dir.resolve("kiosk.properties");
        Files.writeString(site, "idcard.baudrate=9600\n");
        ConfigException e = assertThrows(ConfigException.class, () -> KioskConfig.load(site, Map.of()));
        assertEquals(site + ": unknown key 'idcard.baudrate' (did you mean 'idcard.baud'?)", e.getMessage());
    }

    @Test
    void badValueInSiteFileNamesTheFile() throws IOException {
        Path site = dir.resolve("kiosk.properties");
        Files.writeString(site, "idcard.timeout.read=2 seconds\n");
        ConfigException e = assertThrows(ConfigException.class, () -> KioskSettings.load(site, Map.of()));
        assertEquals(site + ": 'idcard.timeout.read' must be a duration like 800ms, 20s or 10m, not '2 seconds'", e.getMessage());
    }

    @Test
    void unreadableSiteFileIsAClearError() {
        Path missing = dir.resolve("nope.properties");
        ConfigException e = assertThrows(ConfigException.class, () -> KioskConfig.load(missing, Map.of()));
        assertTrue(e.getMessage().startsWith("cannot read config file " + missing), e.getMessage());
    }

    @Test
    void familyMembersAreAccepted() {
        KioskSettings s = KioskSettings.of(Map.of("records.service.key.ZZ-GX-0002", "other-secret"));
        assertEquals(Map.of("ZZ-GX-0001", "demo-secret-change-me", "ZZ-GX-0002", "other-secret"), s.recordsService().kioskKeys());
    }

    @Test
    void durationsIntsFlagsAndChoicesAreCheckedAtBinding() {
        refused("idcard.pollInterval", "0ms", IdCardConfig::from, "must be a duration above zero like 800ms, 20s or 10m, not '0ms'");
        refused("idcard.timeout.find", "-1s", IdCardConfig::from, "must be a duration like 800ms, 20s or 10m, not '-1s'");
        refused("idcard.baud", "fast", IdCardConfig::from, "must be a whole number from 1200 to 4000000, not 'fast'");
        refused("idcard.retries", "11", IdCardConfig::from, "must be a whole number from 0 to 10, not '11'");
        refused("idcard.readFingerprint", "maybe", IdCardConfig::from, "must be true or false, not 'maybe'");
        refused("idcard.port", "", IdCardConfig::from, "must be the reader's serial device path, not ''");
        refused("screen.orientation", "sideways", ScreenConfig::from, "must be one of [landscape, portrait], not 'sideways'");
        refused("screen.dpi", "lots", ScreenConfig::from, "must be a number from 50.0 to 600.0, not 'lots'");
        refused("scanner.suffix", "ETX", ScannerConfig::from, "must be one of [none, cr, lf, crlf, tab], not 'ETX'");
        refused("scanner.maxPayloadBytes", "0", ScannerConfig::from, "must be a whole number from 1 to 1048576, not '0'");
        refused("receipt.columns", "8", ReceiptConfig::from, "must be a whole number from 16 to 128, not '8'");
        refused("records.url", "ftp://x", RecordsConfig::from, "must be a URL starting with http://, https://, not 'ftp://x'");
        refused("records.kioskSecret", "", RecordsConfig::from, "must be this kiosk's shared secret, not ''");
        refused("records.healthFailuresBeforeOutOfService", "0", RecordsConfig::from, "must be a whole number from 1 to 1000, not '0'");
        refused("records.service.seed", "x", RecordsServiceConfig::from, "must be a whole number, not 'x'");
        refused("gpio.pin.lightRed", "64", GpioConfig::from, "must be a whole number from 0 to 63, not '64'");
        refused("gpio.debounce", "50", GpioConfig::from, "must be a duration like 800ms, 20s or 10m, not '50'");
        refused("certificate.timeZone", "Mars/Olympus", CertificateConfig::from, "must be a time zone like Asia/Shanghai, not 'Mars/Olympus'");
        refused("certificate.sm2", "1", CertificateConfig::from, "must be true or false, not '1'");
        refused("admin.maxAttempts", "0", AdminConfig::from, "must be a whole number from 1 to 100, not '0'");
        refused("status.port", "70000", StatusConfig::from, "must be a whole number from 0 to 65535, not '70000'");
        refused("watchdog.interval", "0s", WatchdogConfig::from, "must be a duration above zero like 800ms, 20s or 10m, not '0s'");
        refused("printer.jobTimeout", "soon", PrinterConfig::from, "must be a duration like 800ms, 20s or 10m, not 'soon'");
        refused("kiosk.id", "", KioskIdentity::from, "must be this kiosk's id, e.g. ZZ-GX-0001, not ''");
        refused("face.matchThreshold", "high", FaceConfig::from, "must be a number from -1.0 to 1.0, not 'high'");
        refused("face.threads", "0", FaceConfig::from, "must be a whole number from 1 to 64, not '0'");
        refused("face.idleUnload", "-1m", FaceConfig::from, "must be a duration like 800ms, 20s or 10m, not '-1m'");
        assertEquals(java.time.Duration.ofMinutes(5), KioskSettings.defaults().face().idleUnload(), "face.idleUnload default");
        assertEquals(java.time.Duration.ZERO, FaceConfig.from(with("face.idleUnload", "0s")).idleUnload(), "0s: never released");
    }

    @Test
    void rulesAcrossKeysAreCheckedAtBinding() {
        refused("session.warning", "10s", SessionTimeouts::from, "must give citizens at least 20s to react, not 10s");
        refused("session.inactivity", "30s", SessionTimeouts::from, "must be longer than session.warning (30s)");
        refused("session.maxLength", "60s", SessionTimeouts::from, "must be longer than session.inactivity (90s)");
        refused("serial.reopen.maxBackoff", "100ms", SerialConfig::from, "must not be shorter than serial.reopen.minBackoff");
        refused("admin.lockoutMax", "10s", AdminConfig::from, "must not be shorter than admin.lockout");
        refused("gpio.activeLow", "presence,doorbell", GpioConfig::from,
                "names 'doorbell', which is not a pin (one of [cabinetDoor, helpCall, lightAmber, lightGreen, lightRed, paperLow, presence, speechKey])");
    }

    @Test
    void listsAndOptionalValuesAreParsedOnce() {
        GpioConfig g = GpioConfig.from(with("gpio.activeLow", "presence, cabinetDoor"));
        assertTrue(g.isActiveLow("presence"));
        assertTrue(g.isActiveLow("cabinetDoor"));
        assertFalse(g.isActiveLow("paperLow"));
        CertificateConfig c = CertificateConfig.from(with("certificate.trustAnchors", "/etc/a.pem,/etc/b.pem"));
        assertEquals(List.of(Path.of("/etc/a.pem"), Path.of("/etc/b.pem")), c.trustAnchors());
        assertEquals(Optional.of("tok"), StatusConfig.from(with("status.token", "tok")).token());
        assertEquals("cups.example:631", PrinterConfig.from(with("printer.cupsServer", "cups.example:631")).cupsServer());
        assertEquals(Duration.ofHours(1), SessionTimeouts.from(with("session.maxLength", "1h")).maxLength());
    }

    @Test
    void demoSealKeysLiveUnderTheDesktopDataDirUnlessPlacedExplicitly() {
        KioskConfig c = with("desktop.dataDir", dir.toString());
        assertEquals(dir.resolve("demo-seal"), CertificateConfig.from(c).demoSealDir());
        assertEquals(dir, DesktopConfig.from(c).dataDir());
        KioskConfig explicit = c.with(Map.of("certificate.demoSealDir", dir.resolve("elsewhere").toString()));
        assertEquals(dir.resolve("elsewhere"), CertificateConfig.from(explicit).demoSealDir());
    }

    @Test
    void secretsStayOutOfToString() {
        KioskSettings s = KioskSettings.of(Map.of("status.token", "t0ken-value", "admin.pinHash", "1000:ab:cd"));
        String all = s.toString();
        assertFalse(all.contains("demo-secret-change-me"), all);
        assertFalse(all.contains("t0ken-value"), all);
        assertFalse(all.contains("1000:ab:cd"), all);
    }
}
