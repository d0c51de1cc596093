package org.govkiosk.face.live;

import org.govkiosk.config.KioskConfig;

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
    public static CaptureLimits from(KioskConfig c) {
        return new CaptureLimits(d(c, "face.capture.minFaceWidth"), d(c, "face.capture.maxFaceWidth"),
                d(c, "face.capture.maxOffCentre"), d(c, "face.capture.minBrightness"),
                d(c, "face.capture.maxBrightness"), d(c, "face.capture.minSharpness"));
    }

    private static double d(KioskConfig c, String key) {
        return Double.parseDouble(c.string(key));
    }
}
