package org.govkiosk.device.scanner;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.govkiosk.device.DeviceState;
import org.govkiosk.device.DeviceStatus;
import org.govkiosk.device.link.LinkException;
import org.govkiosk.sim.link.PipeLink;
import org.govkiosk.sim.scanner.QrScannerEmulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The scanner's lifecycle over an in-process pipe; the jSSC test in kiosk covers the real serial port. */
@Timeout(20)
class SerialQrScannerPipeTest {
    private final ScannerSettings settings = new ScannerSettings(new byte[] {'\r'}, Duration.ofMillis(40), 1024);
    /** The "USB socket": a new cable each time the scanner is plugged in, none while unplugged. */
    private volatile PipeLink[] cable = PipeLink.pair("qr");
    private volatile boolean plugged = true;

    private PipeLink open() throws LinkException {
        if (!plugged) throw new LinkException(LinkException.Kind.IO, "no such port");
        return cable[0];
    }

    private QrScannerEmulator emulator() {
        return new QrScannerEmulator(cable[1], new byte[] {'\r'});
    }

    @Test
    void scansArriveOnlyWhileEnabledAndUnplugGoesOfflineThenBackOnline() throws Exception {
        BlockingQueue<String> got = new LinkedBlockingQueue<>();
        BlockingQueue<DeviceState> states = new LinkedBlockingQueue<>();
        SerialQrScanner scanner = new SerialQrScanner("qr", this::open, settings);
        scanner.setPayloadListener(got::add);
        scanner.addStatusListener((DeviceStatus s) -> states.add(s.state()));

        scanner.open();
        scanner.claim();
        emulator().scan("typed while disabled");
        scanner.enable();
        emulator().scan("CERT-2026-000123");
        assertEquals("CERT-2026-000123", got.poll(5, TimeUnit.SECONDS));
        assertTrue(got.isEmpty(), "the scan made while disabled was discarded");

        states.clear();
        plugged = false;
        cable[0].unplug();
        assertEquals(DeviceState.OFFLINE, states.poll(5, TimeUnit.SECONDS));
        cable = PipeLink.pair("qr");
        plugged = true;
        assertEquals(DeviceState.ONLINE, states.poll(5, TimeUnit.SECONDS));
        emulator().scan("after replug");
        assertEquals("after replug", got.poll(5, TimeUnit.SECONDS));
        assertTrue(scanner.statistics().get("reconnects") >= 1);
        scanner.close();
        assertEquals(DeviceState.CLOSED, scanner.status().state());
    }

    @Test
    void aScannerMissingAtBootIsOfflineAndComesUpWhenPlugged() throws Exception {
        plugged = false;
        BlockingQueue<String> got = new LinkedBlockingQueue<>();
        SerialQrScanner scanner = new SerialQrScanner("qr", this::open, settings);
        scanner.setPayloadListener(got::add);
        scanner.start();
        assertEquals(DeviceState.OFFLINE, scanner.status().state());
        assertFalse(scanner.checkHealth(org.govkiosk.device.HealthLevel.EXTERNAL).ok());
        plugged = true;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (scanner.status().state() != DeviceState.ONLINE && System.nanoTime() < deadline) Thread.sleep(20);
        assertEquals(DeviceState.ONLINE, scanner.status().state());
        emulator().scan("hello");
        assertEquals("hello", got.poll(5, TimeUnit.SECONDS));
        scanner.close();
    }
}
