package org.govkiosk.face;

/**
 * Warps a detected face onto the standard 112x112 five-point template (the one ArcFace and MobileFaceNet were
 * trained on) with the least-squares similarity transform (rotation, uniform scale, translation) that maps the
 * detector's landmarks onto it. Without this step same-person and different-person scores overlap badly.
 */
public final class FaceAligner {
    public static final int SIZE = 112;

    /** Left eye, right eye, nose tip, left and right mouth corner in the 112x112 crop. */
    static final float[] TEMPLATE = {
            38.2946f, 51.6963f,
            73.5318f, 51.5014f,
            56.0252f, 71.7366f,
            41.5493f, 92.3655f,
            70.7299f, 92.2041f};

    /**
     * The similarity transform taking {@code from} points to {@code to} points in the least-squares sense, as
     * {a, b, tx, ty}: x' = a*x - b*y + tx, y' = b*x + a*y + ty. Both arrays are x0, y0, x1, y1, ...
     * Closed form: the points as complex numbers, to = (a + ib) * from + t.
     */
    public static double[] similarity(float[] from, float[] to) {
        int n = from.length / 2;
        double fx = 0, fy = 0, tx = 0, ty = 0;
        for (int i = 0; i < n; i++) {
            fx += from[2 * i]; fy += from[2 * i + 1]; tx += to[2 * i]; ty += to[2 * i + 1];
        }
        fx /= n; fy /= n; tx /= n; ty /= n;
        double dot = 0, cross = 0, norm = 0;
        for (int i = 0; i < n; i++) {
            double ax = from[2 * i] - fx, ay = from[2 * i + 1] - fy;
            double bx = to[2 * i] - tx, by = to[2 * i + 1] - ty;
            dot += ax * bx + ay * by;
            cross += ax * by - ay * bx;
            norm += ax * ax + ay * ay;
        }
        if (norm == 0) throw new IllegalArgumentException("landmarks are all at one point");
        double a = dot / norm, b = cross / norm;
        return new double[] {a, b, tx - (a * fx - b * fy), ty - (b * fx + a * fy)};
    }

    /** The aligned face as MobileFaceNet input: 112 x 112, laid out [y][x][rgb], normalised. */
    public static float[] align(RgbImage image, DetectedFace face) {
        double[] m = similarity(face.landmarks(), TEMPLATE);
        double a = m[0], b = m[1], tx = m[2], ty = m[3];
        double det = a * a + b * b;
        float[] out = new float[SIZE * SIZE * 3];
        // Inverse map each template pixel back into the image.
        for (int v = 0; v < SIZE; v++) {
            for (int u = 0; u < SIZE; u++) {
                double dx = u - tx, dy = v - ty;
                float x = (float) ((a * dx + b * dy) / det);
                float y = (float) ((-b * dx + a * dy) / det);
                Images.sample(image, x, y, out, (v * SIZE + u) * 3);
            }
        }
        return out;
    }

    /** The aligned crop as a picture, for the technician's eyes and the tests (not used for matching). */
    public static RgbImage alignedImage(RgbImage image, DetectedFace face) {
        float[] f = align(image, face);
        int[] px = new int[SIZE * SIZE];
        for (int i = 0; i < px.length; i++) {
            int r = clamp(f[3 * i]), g = clamp(f[3 * i + 1]), bl = clamp(f[3 * i + 2]);
            px[i] = (r << 16) | (g << 8) | bl;
        }
        return new RgbImage(SIZE, SIZE, px);
    }

    private static int clamp(float normalised) {
        return Math.max(0, Math.min(255, Math.round(normalised * 128f + 127.5f)));
    }

    private FaceAligner() {}
}
