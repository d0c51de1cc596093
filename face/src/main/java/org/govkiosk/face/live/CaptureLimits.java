package org.govkiosk.face.live;

import org.govkiosk.config.FaceConfig;

/**
 * When a frame is good enough: the {@code face.capture.*} keys of default.properties (documented there).
 *
 * @param minFaceWidth  face box width as a fraction of the frame width, below it "come closer"
 * @param maxFaceWidth  above it "step back"
 * @param maxOffCentre  face centre's distance from the frame centre, as a fraction of the frame's size
 * @param minBrightness mean of the face box, 0..255
 * @param maxBrightness mean of the face box, 0..255
 * @param minSharpness  variance of the Laplacian of the aligned 112x112 face (grey), below it "hold still"
 */
public record CaptureLimits(double minFaceWidth, double maxFaceWidth, double maxOffCentre, double minBrightness,
        double maxBrightness, double minSharpness) {
    public static CaptureLimits from(FaceConfig c) {
        return new CaptureLimits(c.captureMinFaceWidth(), c.captureMaxFaceWidth(), c.captureMaxOffCentre(),
                c.captureMinBrightness(), c.captureMaxBrightness(), c.captureMinSharpness());
    }
}
