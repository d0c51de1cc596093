package org.govkiosk.ui;

/**
 * What a launcher starts from its {@code main}'s first line when its command line will open a window: while picocli
 * reads the command line (~0.15 s), the other core loads what the window and the first screen need (issue 15, cold
 * start). A wrong guess costs a background thread, nothing else.
 */
public final class WindowAhead {
    private WindowAhead() {}

    public static void start() {
        org.govkiosk.startup.EarlyWarmUp.start(org.govkiosk.ui.layout.LineBreaks::warmUp);
        WindowNatives.loadAhead();
    }
}
