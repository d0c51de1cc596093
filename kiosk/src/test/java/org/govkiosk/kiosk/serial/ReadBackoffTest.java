package org.govkiosk.kiosk.serial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ReadBackoffTest {
    @Test
    void napsGrowWithTheWaitBetweenTheBounds() {
        ReadBackoff b = JsscLink.BACKOFF;
        assertEquals(100_000, b.nap(0), "right after a command: look again within 0.1 ms");
        assertEquals(2_500_000, b.nap(10_000_000), "after 10 ms of silence: a quarter of it");
        assertEquals(20_000_000, b.nap(5_000_000_000L), "a quiet port: 50 looks a second, not more");
    }

    @Test
    void nonsenseBoundsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ReadBackoff(0, 10, 1));
        assertThrows(IllegalArgumentException.class, () -> new ReadBackoff(10, 5, 1));
        assertThrows(IllegalArgumentException.class, () -> new ReadBackoff(10, 20, 0));
    }
}
