package org.govkiosk.face.camera;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.opencv_core.Mat;
import org.govkiosk.device.camera.CameraFrame;

/**
 * OpenCV pictures (8-bit BGR, as VideoCapture delivers them) to camera frames, turned by the camera's mounting
 * rotation. Pure conversion: tested without a camera.
 */
public final class MatFrames {
    private MatFrames() {}

    /** The rotations a camera can be mounted with, clockwise, in degrees. */
    public static boolean validRotation(int degrees) {
        return degrees == 0 || degrees == 90 || degrees == 180 || degrees == 270;
    }

    /**
     * Converts {@code bgr} (CV_8UC3, any row stride) turned clockwise by {@code rotation} degrees. The Mat is not
     * changed; the caller releases it (and with it the pixels) as usual.
     *
     * @throws IllegalArgumentException for an empty picture or another pixel format (a corrupt frame)
     */
    public static CameraFrame toFrame(Mat bgr, int rotation, long nanos) {
        if (bgr == null || bgr.empty()) throw new IllegalArgumentException("empty frame");
        if (bgr.type() != opencv_core.CV_8UC3) throw new IllegalArgumentException("frame type " + bgr.type() + ", expected 8-bit BGR");
        if (!validRotation(rotation)) throw new IllegalArgumentException("rotation " + rotation);
        int w = bgr.cols(), h = bgr.rows();
        long step = bgr.step();
        BytePointer data = bgr.data();
        byte[] row = new byte[w * 3];
        int ow = rotation % 180 == 0 ? w : h, oh = rotation % 180 == 0 ? h : w;
        int[] out = new int[w * h];
        try {
            for (int y = 0; y < h; y++) {
                data.position(y * step).get(row, 0, row.length);
                for (int x = 0; x < w; x++) {
                    int b = row[3 * x] & 0xFF, g = row[3 * x + 1] & 0xFF, r = row[3 * x + 2] & 0xFF;
                    int ox, oy;
                    switch (rotation) {
                        case 90 -> { ox = h - 1 - y; oy = x; }
                        case 180 -> { ox = w - 1 - x; oy = h - 1 - y; }
                        case 270 -> { ox = y; oy = w - 1 - x; }
                        default -> { ox = x; oy = y; }
                    }
                    out[oy * ow + ox] = (r << 16) | (g << 8) | b;
                }
            }
        } finally {
            data.position(0);
            java.util.Arrays.fill(row, (byte) 0);
        }
        return new CameraFrame(ow, oh, out, nanos);
    }
}
