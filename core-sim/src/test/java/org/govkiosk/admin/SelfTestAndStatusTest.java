package org.govkiosk.admin;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.govkiosk.device.AbstractDevice;
import org.govkiosk.device.Device;
import org.govkiosk.device.DeviceKind;
import org.govkiosk.device.HealthLevel;
import org.govkiosk.device.HealthReport;
import org.govkiosk.device.link.LinkException;
import org.govkiosk.device.scanner.ScannerSettings;
import org.govkiosk.device.scanner.SerialQrScanner;
import org.govkiosk.sim.link.PipeLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(20)
class SelfTestAndStatusTest {
    private final ScannerSettings settings = new ScannerSettings(new byte[] {'\r'}, Duration.ofMillis(40), 1024);
    private final CountDownLatch never = new CountDownLatch(1);

    /** A device whose health check never returns: what a wedged USB-serial driver looks like from Java. */
    private final class Hung extends AbstractDevice {
        Hung() { super("receipt", DeviceKind.RECEIPT_PRINTER); }

        @Override
        public HealthReport checkHealth(HealthLevel level) {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("unreachable");
        }
    }

    @AfterEach
    void release() {
        never.countDown();
    }

    private SerialQrScanner onlineScanner() throws Exception {
        PipeLink[] pipe = PipeLink.pair("qr");
        SerialQrScanner s = new SerialQrScanner("qr", () -> pipe[0], settings);
        s.start();
        return s;
    }

    private SerialQrScanner missingScanner() throws Exception {
        SerialQrScanner s = new SerialQrScanner("qr2", () -> {
            throw new LinkException(LinkException.Kind.IO, "/dev/serial/by-id/usb-qr-scanner: no such file");
        }, settings);
        s.start();
        return s;
    }

    @Test
    void selfTestReportsEachDeviceAndAHungOneDoesNotStallTheRest() throws Exception {
        SerialQrScanner ok = onlineScanner();
        SerialQrScanner missing = missingScanner();
        SelfTestReport r = new SelfTest(List.of(ok, missing, new Hung()), Duration.ofMillis(500)).run(HealthLevel.EXTERNAL);
        assertEquals(3, r.devices().size());
        assertTrue(r.devices().get(0).ok());
        assertFalse(r.devices().get(1).ok());
        assertTrue(r.devices().get(2).summary().contains("no answer within 500 ms"));
        assertFalse(r.allOk());
        String text = r.toText();
        assertTrue(text.contains("2 of 3 devices need attention"), text);
        assertTrue(text.contains("[ OK ] QR_SCANNER qr:"), text);
        assertTrue(text.contains("[FAIL] QR_SCANNER qr2:"), text);
        assertTrue(text.contains("no such file"), text);
        ok.close();
        missing.close();
    }

    @Test
    void statusJsonNamesWhatNeedsAttentionAndRoundTrips() throws Exception {
        SerialQrScanner ok = onlineScanner();
        SerialQrScanner missing = missingScanner();
        List<Device> devices = List.of(ok, missing);
        StatusCollector c = new StatusCollector("ZZ-GX-0001", "0.1.0", () -> devices, () -> "AVAILABLE",
                () -> Map.of("sessions", 12L, "certificatesPrinted", 5L), Clock.systemUTC());
        KioskStatus s = c.snapshot();
        assertFalse(s.healthy());
        assertEquals(1, s.attention().size());
        assertTrue(s.attention().get(0).startsWith("qr2 OFFLINE"), s.attention().toString());
        String json = s.toJson();
        KioskStatus back = KioskStatus.fromJson(json);
        assertEquals(s, back);
        assertEquals("ONLINE", back.devices().get(0).state());
        assertEquals(12L, back.counters().get("sessions"));
        assertTrue(json.contains("\"kioskId\" : \"ZZ-GX-0001\""), json);
        ok.close();
        missing.close();
        assertTrue(c.snapshot().healthy(), "closed devices are deliberate, not faults");
    }
}
