package org.govkiosk.face.camera;

import java.time.Duration;
import org.govkiosk.config.CameraConfig;

/**
 * The kiosk camera's keys ({@code camera.*} in default.properties, documented there).
 *
 * @param device   V4L2 device path (/dev/video0) or index
 * @param rotation how the camera is mounted, clockwise degrees: frames are turned back by this much
 * @param openTimeout how long opening may take before the camera counts as absent
 */
public record CameraSettings(String device, int width, int height, int rotation, Duration openTimeout) {
    public CameraSettings {
        if (!MatFrames.validRotation(rotation)) throw new IllegalArgumentException("camera.rotation must be 0, 90, 180 or 270, not " + rotation);
    }

    public static CameraSettings from(CameraConfig c) {
        return new CameraSettings(c.device(), c.width(), c.height(), c.rotation(), c.openTimeout());
    }
}
