package org.govkiosk.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The touchscreen: {@code screen.*}, {@code font.path}, {@code ui.elderModeDefault}, and the frame heartbeats
 * {@code ui.idleFrameInterval} / {@code ui.sessionFrameInterval} (frames are drawn on demand).
 */
public record ScreenConfig(Orientation orientation, boolean fullscreen, float dpi, Optional<Path> fontPath,
                           boolean elderModeDefault, int maxFps, Duration idleFrameInterval, Duration sessionFrameInterval) {
    public enum Orientation { LANDSCAPE, PORTRAIT }

    public static ScreenConfig from(KioskConfig c) {
        return new ScreenConfig(c.choice("screen.orientation", Orientation.class), c.flag("screen.fullscreen"),
                (float) c.decimal("screen.dpi", 50, 600), c.path("font.path"), c.flag("ui.elderModeDefault"),
                c.integer("screen.maxFps", 1, 240), c.positiveDuration("ui.idleFrameInterval"),
                c.positiveDuration("ui.sessionFrameInterval"));
    }

    public boolean portrait() {
        return orientation == Orientation.PORTRAIT;
    }
}
