package org.govkiosk.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Face match and the live check: {@code face.*} (see docs/face.md). */
public record FaceConfig(Optional<Path> modelDir, double matchThreshold, int minFaceSize, int threads,
                         double captureMinFaceWidth, double captureMaxFaceWidth, double captureMaxOffCentre,
                         double captureMinBrightness, double captureMaxBrightness, double captureMinSharpness,
                         Duration captureTimeout, Duration captureFrameTimeout, int captureFrozenFrames,
                         Duration livenessTimeout, double livenessMinYawChange, double livenessMinPitchChange,
                         Duration idleUnload) {

    public static FaceConfig from(KioskConfig c) {
        return new FaceConfig(c.path("face.modelDir"), c.decimal("face.matchThreshold", -1, 1),
                c.integer("face.minFaceSize", 12, 2000), c.integer("face.threads", 1, 64),
                c.decimal("face.capture.minFaceWidth", 0, 1), c.decimal("face.capture.maxFaceWidth", 0, 1),
                c.decimal("face.capture.maxOffCentre", 0, 1), c.decimal("face.capture.minBrightness", 0, 255),
                c.decimal("face.capture.maxBrightness", 0, 255), c.decimal("face.capture.minSharpness", 0, 1_000_000),
                c.positiveDuration("face.capture.timeout"), c.positiveDuration("face.capture.frameTimeout"),
                c.integer("face.capture.frozenFrames", 2, 10_000), c.positiveDuration("face.liveness.timeout"),
                c.decimal("face.liveness.minYawChange", 0, 10), c.decimal("face.liveness.minPitchChange", 0, 10),
                c.duration("face.idleUnload"));
    }
}
