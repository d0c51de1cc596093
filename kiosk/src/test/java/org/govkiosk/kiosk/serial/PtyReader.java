package org.govkiosk.kiosk.serial;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.govkiosk.config.KioskConfig;
import org.govkiosk.config.KioskSettings;
import org.govkiosk.device.idcard.SamReaderDriver;
import org.govkiosk.sim.idcard.SamReaderEmulator;
import org.govkiosk.testing.SocatPair;

/**
 * The production arrangement on a pty pair: the real driver over real jSSC on one end, the SAM emulator on
 * the other end, also through jSSC. Only the card and the SAM are simulated.
 */
final class PtyReader implements AutoCloseable {
    // Timeouts shorter than production (tests that expect silence wait them out) but with room for a loaded CI machine.
    static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneId.of("Asia/Shanghai"));
    static final KioskConfig CONFIG_KEYS = KioskConfig.defaults().with(Map.of(
            "idcard.timeout.command", "800ms", "idcard.timeout.find", "800ms", "idcard.timeout.select", "800ms",
            "idcard.timeout.read", "1200ms", "idcard.pollInterval", "30ms",
            "serial.reopen.minBackoff", "50ms", "serial.reopen.maxBackoff", "400ms", "serial.presencePoll", "50ms"));
    static final KioskSettings CONFIG = KioskSettings.bind(CONFIG_KEYS);

    final SocatPair socat;
    final ReconnectingLink hostLink;
    final SamReaderDriver driver;
    SamReaderEmulator emulator;

    PtyReader(SocatPair socat) throws Exception {
        this.socat = socat;
        this.emulator = emulatorOn(socat);
        this.hostLink = ReconnectingLink.jssc(socat.hostPath(), 115200, CONFIG.serial());
        this.driver = new SamReaderDriver("idcard", hostLink, CONFIG.idCard(), TODAY);
        driver.start();
    }

    static SamReaderEmulator emulatorOn(SocatPair socat) throws Exception {
        SamReaderEmulator e = new SamReaderEmulator(JsscLink.open(socat.devicePath(), 115200));
        e.start();
        return e;
    }

    @Override
    public void close() throws Exception {
        driver.close();
        emulator.close();
        socat.close();
    }

    /** Threads this arrangement may start; none may outlive it. */
    static List<Thread> ourThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                .filter(t -> t.getName().startsWith("sam-emulator") || t.getName().startsWith("idcard-watcher")
                        || t.getName().startsWith("serial-watch"))
                .toList();
    }
}
