package org.govkiosk.face.live;

import java.time.Duration;
import org.govkiosk.config.KioskConfig;

/**
 * Time limits and liveness thresholds of the live check ({@code face.capture.*} and {@code face.liveness.*} keys
 * of default.properties, documented there).
 */
public record LiveCheckSettings(CaptureLimits limits, Duration captureTimeout, Duration challengeTimeout,
        Duration frameTimeout, double minYawChange, double minPitchChange, int frozenFrames) {
    public static LiveCheckSettings from(KioskConfig c) {
        return new LiveCheckSettings(CaptureLimits.from(c), c.duration("face.capture.timeout"),
                c.duration("face.liveness.timeout"), c.duration("face.capture.frameTimeout"),
                Double.parseDouble(c.string("face.liveness.minYawChange")),
                Double.parseDouble(c.string("face.liveness.minPitchChange")), c.integer("face.capture.frozenFrames"));
    }
}
