package org.govkiosk.face.live;

import java.time.Duration;
import org.govkiosk.config.FaceConfig;

/**
 * Time limits and liveness thresholds of the live check ({@code face.capture.*} and {@code face.liveness.*} keys
 * of default.properties, documented there).
 */
public record LiveCheckSettings(CaptureLimits limits, Duration captureTimeout, Duration challengeTimeout,
        Duration frameTimeout, double minYawChange, double minPitchChange, int frozenFrames) {
    public static LiveCheckSettings from(FaceConfig c) {
        return new LiveCheckSettings(CaptureLimits.from(c), c.captureTimeout(), c.livenessTimeout(), c.captureFrameTimeout(),
                c.livenessMinYawChange(), c.livenessMinPitchChange(), c.captureFrozenFrames());
    }
}
