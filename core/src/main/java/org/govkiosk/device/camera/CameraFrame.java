package org.govkiosk.device.camera;

import java.util.Arrays;

/**
 * One camera frame as the sensor delivered it (not mirrored): packed 0xRRGGBB pixels, row by row, stamped with
 * the camera's clock. Personal data: whoever holds it last wipes it; it is never written anywhere.
 *
 * @param nanos when it was taken, on the camera's clock (any origin)
 */
public record CameraFrame(int width, int height, int[] rgb, long nanos) {
    public CameraFrame {
        if (width <= 0 || height <= 0 || rgb.length != width * height) {
            throw new IllegalArgumentException("frame " + width + "x" + height + " with " + rgb.length + " pixels");
        }
    }

    public void wipe() {
        Arrays.fill(rgb, 0);
    }

    @Override
    public String toString() {
        return "CameraFrame[" + width + "x" + height + "]";
    }
}
