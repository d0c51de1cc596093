package org.govkiosk.config;

import java.nio.file.Path;
import java.util.Optional;

/** The touchscreen: {@code screen.*}, {@code font.path}, {@code ui.elderModeDefault}. */
public record ScreenConfig(Orientation orientation, boolean fullscreen, float dpi, Optional<Path> fontPath,
                           boolean elderModeDefault) {
    public enum Orientation { LANDSCAPE, PORTRAIT }

    public static ScreenConfig from(KioskConfig c) {
        return new ScreenConfig(c.choice("screen.orientation", Orientation.class), c.flag("screen.fullscreen"),
                (float) c.decimal("screen.dpi", 50, 600), c.path("font.path"), c.flag("ui.elderModeDefault"));
    }

    public boolean portrait() {
        return orientation == Orientation.PORTRAIT;
    }
}
