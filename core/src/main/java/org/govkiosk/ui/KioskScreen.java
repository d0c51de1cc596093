package org.govkiosk.ui;

import com.badlogic.gdx.scenes.scene2d.ui.Table;

/**
 * One screen of the citizen flow. {@link #build} is called on every show and on every language or
 * elder-mode change, so screens hold no text of their own: they rebuild from the session and bundles.
 */
public abstract class KioskScreen {
    protected final KioskUi ui;

    protected KioskScreen(KioskUi ui) {
        this.ui = ui;
    }

    /** Stable name used by the scenario runner and the visited-screens log. */
    public abstract String name();

    /** Fills the content area between the top bar and the bottom bar. */
    public abstract void build(Table content);

    /**
     * What the kiosk says when the screen opens (and reads again in speech mode when she touches no control), in
     * the current language; null for nothing. Never more than the screen shows.
     */
    public String prompt() { return null; }

    /** Called once when the screen becomes current (not on rebuilds). */
    public void shown() {}

    /** Called once when another screen replaces this one. */
    public void hidden() {}

    /** Per frame, on the UI thread. */
    public void update(float delta) {}

    /**
     * A device's status changed (UI thread). Screens that show that device update those widgets only; the rest of
     * the screen, and what the citizen did on it (her place, her scroll position), stays. Default: nothing shown.
     */
    public void deviceStatusChanged(org.govkiosk.device.DeviceStatus status) {}

    /** Whether the content area scrolls when it is taller than the screen; false for screens with their own scrolling. */
    public boolean scrolls() { return true; }

    /** The screen's main action, shown large in the bottom bar so it never scrolls out of sight; null for none. */
    public PrimaryAction primaryAction() { return null; }

    /** A named button in the bottom bar. */
    public record PrimaryAction(String name, String text, Runnable onTap) {}

    /** Whether the bottom bar shows "back" (and where it goes). */
    public boolean hasBack() { return false; }

    public void back() {}

    /** Whether the bottom bar shows "exit" (ends the citizen session). */
    public boolean hasExit() { return ui.sessions().inSession(); }
}
