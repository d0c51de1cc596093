package org.govkiosk.device.camera;

import java.util.Arrays;

/**
 * One captured face frame. Personal data: it lives in the citizen session and is wiped with it.
 *
 * @param encoded   the image (PNG/JPEG bytes)
 * @param liveness  whether a challenge (blink, head turn) was passed during capture
 */
public record FaceImage(byte[] encoded, String format, boolean liveness) {
    public void wipe() {
        Arrays.fill(encoded, (byte) 0);
    }

    @Override
    public String toString() {
        return "FaceImage[" + format + ", " + encoded.length + " bytes]";
    }
}
