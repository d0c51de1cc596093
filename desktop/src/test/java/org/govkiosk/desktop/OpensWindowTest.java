package org.govkiosk.desktop;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The desktop launcher loads the window's libraries ahead only for command lines that open a window. */
class OpensWindowTest {
    @Test
    void windowRunsLoadAhead() {
        assertTrue(DesktopMain.opensWindow(new String[] {}));
        assertTrue(DesktopMain.opensWindow(new String[] {"--portrait", "--scenario", "scenarios/attract.scenario"}));
    }

    @Test
    void headlessRunsToolsAndTheRecordsServiceDoNot() {
        assertFalse(DesktopMain.opensWindow(new String[] {"--headless", "--scenario", "s"}));
        assertFalse(DesktopMain.opensWindow(new String[] {"--list-cards"}));
        assertFalse(DesktopMain.opensWindow(new String[] {"--help"}));
        assertFalse(DesktopMain.opensWindow(new String[] {"records-service", "--port", "8080"}));
    }
}
