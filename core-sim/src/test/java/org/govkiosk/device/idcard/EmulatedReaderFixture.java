package org.govkiosk.device.idcard;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.govkiosk.config.KioskConfig;
import org.govkiosk.config.KioskSettings;
import org.govkiosk.sim.idcard.SamReaderEmulator;
import org.govkiosk.sim.link.PipeLink;

/** The desktop arrangement in miniature: the real driver over a pipe to the emulator, with short timeouts. */
final class EmulatedReaderFixture implements AutoCloseable {
    /** "Today" for every expiry check in these tests. */
    static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneId.of("Asia/Shanghai"));
    static final KioskConfig FAST_CONFIG = KioskConfig.defaults().with(Map.of(
            "idcard.timeout.command", "500ms", "idcard.timeout.find", "500ms", "idcard.timeout.select", "500ms",
            "idcard.timeout.read", "800ms", "idcard.pollInterval", "20ms"));
    static final KioskSettings FAST = KioskSettings.bind(FAST_CONFIG);

    final PipeLink[] pipe = PipeLink.pair("sam");
    final SamReaderEmulator emulator = new SamReaderEmulator(pipe[1]);
    final SamReaderDriver driver;

    EmulatedReaderFixture() throws Exception {
        this(FAST);
    }

    EmulatedReaderFixture(KioskSettings config) throws Exception {
        emulator.start();
        driver = new SamReaderDriver("idcard", pipe[0], config.idCard(), TODAY);
        driver.start();
    }

    @Override
    public void close() {
        driver.close();
        emulator.close();
    }
}
