package org.govkiosk.config;

import java.time.Duration;

/** The kiosk's V4L2 camera: {@code camera.*} (device, capture size, mounting rotation, how long opening may take). */
public record CameraConfig(String device, int width, int height, int rotation, Duration openTimeout) {

    public static CameraConfig from(KioskConfig c) {
        return new CameraConfig(c.required("camera.device", "a V4L2 device such as /dev/video0"),
                c.integer("camera.width", 16, 10_000), c.integer("camera.height", 16, 10_000),
                c.integer("camera.rotation", 0, 270), c.positiveDuration("camera.openTimeout"));
    }
}
