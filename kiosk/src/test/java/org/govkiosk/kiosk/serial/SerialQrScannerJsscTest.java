package org.govkiosk.kiosk.serial;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.Charset;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.govkiosk.config.KioskSettings;
import org.govkiosk.device.DeviceState;
import org.govkiosk.device.scanner.ScanFramer;
import org.govkiosk.device.scanner.ScannerSettings;
import org.govkiosk.device.scanner.SerialQrScanner;
import org.govkiosk.sim.scanner.QrScannerEmulator;
import org.govkiosk.testing.SocatPair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The core scanner driver through real jSSC ports on a socat pty pair, against the scanner emulator. */
@Timeout(30)
class SerialQrScannerJsscTest {
    private static final KioskSettings CONFIG = KioskSettings.defaults();
    private volatile SocatPair pair;

    @Test
    void scansWithLineBreaksChineseGarbageAndOversizeThroughARealPort() throws Exception {
        pair = SocatPair.start();
        ScannerSettings settings = ScannerSettings.of(KioskSettings.of(java.util.Map.of("scanner.maxPayloadBytes", "64")).scanner());
        BlockingQueue<String> got = new LinkedBlockingQueue<>();
        BlockingQueue<ScanFramer.Rejected> rejected = new LinkedBlockingQueue<>();
        SerialQrScanner scanner = new SerialQrScanner("qr", () -> JsscLink.open(pair.hostPath(), 9600), settings);
        scanner.setPayloadListener(got::add);
        scanner.setRejectListener(rejected::add);
        try (JsscLink device = JsscLink.open(pair.devicePath(), 9600)) {
            scanner.start();
            assertEquals(DeviceState.ONLINE, scanner.status().state());
            QrScannerEmulator emu = new QrScannerEmulator(device, settings.suffix());

            emu.scan("VERIFY\r\nSN=2026-000123\r\nH=9f2c");
            assertEquals("VERIFY\r\nSN=2026-000123\r\nH=9f2c", got.poll(5, TimeUnit.SECONDS));

            emu.scan("住房公积金缴存证明", Charset.forName("GB18030"));
            assertEquals("住房公积金缴存证明", got.poll(5, TimeUnit.SECONDS));

            emu.sendRaw(new byte[] {0x00, 0x02, 0x7F, (byte) 0xFE, 0x10});
            assertNotNull(rejected.poll(5, TimeUnit.SECONDS));

            emu.sendRaw("X".repeat(200).getBytes());
            ScanFramer.Rejected big = rejected.poll(5, TimeUnit.SECONDS);
            assertNotNull(big);
            assertTrue(big.reason().startsWith("oversize"), big.reason());

            emu.scan("still fine");
            assertEquals("still fine", got.poll(5, TimeUnit.SECONDS));
            assertTrue(got.isEmpty());
            assertEquals(3, scanner.statistics().get("scans"));
            assertEquals(2, scanner.statistics().get("rejected"));
        } finally {
            scanner.close();
            pair.close();
        }
    }

    @Test
    void pullingTheCableGoesOfflineAndANewPortComesBackOnline() throws Exception {
        pair = SocatPair.start();
        BlockingQueue<String> got = new LinkedBlockingQueue<>();
        SerialQrScanner scanner = new SerialQrScanner("qr", () -> JsscLink.open(pair.hostPath(), 9600),
                ScannerSettings.of(CONFIG.scanner()));
        scanner.setPayloadListener(got::add);
        try {
            scanner.start();
            pair.kill();
            waitFor(scanner, DeviceState.OFFLINE);
            // The replugged scanner is a new tty; the configured path (a by-id link in production) follows it.
            pair = SocatPair.start();
            waitFor(scanner, DeviceState.ONLINE);
            try (JsscLink device = JsscLink.open(pair.devicePath(), 9600)) {
                new QrScannerEmulator(device, new byte[] {'\r'}).scan("back again");
                assertEquals("back again", got.poll(5, TimeUnit.SECONDS));
            }
        } finally {
            scanner.close();
            pair.close();
        }
    }

    private static void waitFor(SerialQrScanner s, DeviceState wanted) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (s.status().state() != wanted && System.nanoTime() < deadline) Thread.sleep(20);
        assertEquals(wanted, s.status().state(), s.status().technicianDetail());
    }
}
