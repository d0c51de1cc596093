package org.govkiosk.face;

/**
 * Pixel sampling for the networks: bilinear, outside the picture is black, channels RGB scaled to about
 * [-1, 1] by (v - 127.5) / 128 as the MTCNN and MobileFaceNet conversions expect.
 */
final class Images {
    private Images() {}

    static float normalise(int channelValue) {
        return (channelValue - 127.5f) / 128f;
    }

    /** Samples RGB at a sub-pixel position into out[at..at+2], normalised. */
    static void sample(RgbImage img, float x, float y, float[] out, int at) {
        int[] px = img.pixels();
        int w = img.width(), h = img.height();
        int x0 = (int) Math.floor(x), y0 = (int) Math.floor(y);
        float fx = x - x0, fy = y - y0;
        float r = 0, g = 0, b = 0;
        for (int dy = 0; dy <= 1; dy++) {
            int yy = y0 + dy;
            float wy = dy == 0 ? 1 - fy : fy;
            if (yy < 0 || yy >= h || wy == 0) continue;
            for (int dx = 0; dx <= 1; dx++) {
                int xx = x0 + dx;
                float wxy = (dx == 0 ? 1 - fx : fx) * wy;
                if (xx < 0 || xx >= w || wxy == 0) continue;
                int p = px[yy * w + xx];
                r += wxy * ((p >> 16) & 0xFF);
                g += wxy * ((p >> 8) & 0xFF);
                b += wxy * (p & 0xFF);
            }
        }
        out[at] = normalise(0) + r / 128f;
        out[at + 1] = normalise(0) + g / 128f;
        out[at + 2] = normalise(0) + b / 128f;
    }

    /** The whole image resized to w x h, laid out [x][y][rgb] (MTCNN's transposed order). */
    static float[] transposedResized(RgbImage img, int w, int h) {
        float[] out = new float[w * h * 3];
        float sx = (float) img.width() / w, sy = (float) img.height() / h;
        for (int x = 0; x < w; x++) {
            float srcX = (x + 0.5f) * sx - 0.5f;
            for (int y = 0; y < h; y++) {
                sample(img, srcX, (y + 0.5f) * sy - 0.5f, out, (x * h + y) * 3);
            }
        }
        return out;
    }

    /** The box (x, y, w, h in image pixels, may reach outside) resized to size x size, [x][y][rgb]. */
    static float[] transposedCrop(RgbImage img, float x, float y, float w, float h, int size) {
        float[] out = new float[size * size * 3];
        float sx = w / size, sy = h / size;
        for (int i = 0; i < size; i++) {
            float srcX = x + (i + 0.5f) * sx - 0.5f;
            for (int j = 0; j < size; j++) {
                sample(img, srcX, y + (j + 0.5f) * sy - 0.5f, out, (i * size + j) * 3);
            }
        }
        return out;
    }
}
