package org.govkiosk.kiosk;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** kiosk.jar loads the window's libraries ahead only for {@code run}: the technician's tools open no window. */
class OpensWindowTest {
    @Test
    void runLoadsAhead() {
        assertTrue(KioskMain.opensWindow(new String[] {"run", "--config", "/etc/govkiosk/kiosk.properties"}));
    }

    @Test
    void toolsAndHelpDoNot() {
        assertFalse(KioskMain.opensWindow(new String[] {}));
        assertFalse(KioskMain.opensWindow(new String[] {"run", "--help"}));
        assertFalse(KioskMain.opensWindow(new String[] {"list-ports"}));
        assertFalse(KioskMain.opensWindow(new String[] {"verify-code", "run"}));
    }
}
