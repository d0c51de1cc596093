package org.govkiosk.kiosk.watchdog;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The parts that need neither systemd nor socat. */
class SystemdWatchdogLogicTest {
    @Test
    void withoutNotifySocketItIsANoOp() {
        SystemdWatchdog off = new SystemdWatchdog(Optional.empty(), Duration.ofSeconds(10), System::nanoTime);
        off.ready();
        off.alive();
        assertFalse(off.enabled());
        assertFalse(off.tick());
        off.close();
    }

    @Test
    void petIntervalFollowsWatchdogUsec() {
        assertEquals(Duration.ofSeconds(10), SystemdWatchdog.intervalFor(Duration.ofSeconds(10), null));
        assertEquals(Duration.ofSeconds(5), SystemdWatchdog.intervalFor(Duration.ofSeconds(10), "10000000"));
        assertEquals(Duration.ofSeconds(10), SystemdWatchdog.intervalFor(Duration.ofSeconds(10), "60000000"));
        assertEquals(Duration.ofSeconds(10), SystemdWatchdog.intervalFor(Duration.ofSeconds(10), "garbage"));
    }
}
