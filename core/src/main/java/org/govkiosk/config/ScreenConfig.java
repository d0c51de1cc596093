package org.govkiosk.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The touchscreen: {@code screen.*}, {@code font.path} and {@code font.latinPath}, {@code ui.elderModeDefault}, and the frame heartbeats
 * {@code ui.idleFrameInterval} / {@code ui.sessionFrameInterval} (frames are drawn on demand).
 */
public record ScreenConfig(Orientation orientation, boolean fullscreen, float dpi, Optional<Path> fontPath,
                           boolean elderModeDefault, int maxFps, Duration idleFrameInterval, Duration sessionFrameInterval,
                           String language, Optional<Path> latinFontPath) {
    public enum Orientation { LANDSCAPE, PORTRAIT }

    public static ScreenConfig from(KioskConfig c) {
        return new ScreenConfig(c.choice("screen.orientation", Orientation.class), c.flag("screen.fullscreen"),
                (float) c.decimal("screen.dpi", 50, 600), c.path("font.path"), c.flag("ui.elderModeDefault"),
                c.integer("screen.maxFps", 1, 240), c.positiveDuration("ui.idleFrameInterval"),
                c.positiveDuration("ui.sessionFrameInterval"), language(c), c.path("font.latinPath"));
    }

    private static String language(KioskConfig c) {
        String l = c.string("ui.language").trim().toLowerCase(java.util.Locale.ROOT);
        if (!l.equals("zh") && !l.equals("en")) throw c.invalid("ui.language", "zh or en");
        return l;
    }

    public boolean portrait() {
        return orientation == Orientation.PORTRAIT;
    }
}
