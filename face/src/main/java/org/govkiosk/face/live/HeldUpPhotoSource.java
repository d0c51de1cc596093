package org.govkiosk.face.live;

import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import org.govkiosk.face.RgbImage;

/**
 * A printed photo held up to the camera: one picture, delivered at the camera's rate with what a hand and a
 * sensor add (a few pixels of drift, a slight change of size, sensor noise), so frames are never identical.
 * What it cannot do is turn or nod the face inside the photo, which is what the liveness challenge asks for.
 */
public final class HeldUpPhotoSource implements FrameSource {
    private final RgbImage photo;
    private final double fps;
    private final Random random;
    private final int frames;
    private int delivered;
    private long nextDue = System.nanoTime();

    public HeldUpPhotoSource(RgbImage photo, double fps, int frames, long seed) {
        this.photo = photo;
        this.fps = fps;
        this.frames = frames;
        this.random = new Random(seed);
    }

    @Override
    public Optional<Frame> next(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        if (delivered >= frames || nextDue > deadline) {
            long rest = deadline - System.nanoTime();
            if (rest > 0) Thread.sleep(rest / 1_000_000);
            return Optional.empty();
        }
        long wait = nextDue - System.nanoTime();
        if (wait > 0) Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        nextDue += (long) (1e9 / fps);
        long at = (long) (delivered++ * 1e9 / fps);
        return Optional.of(new Frame(jiggled(), at));
    }

    private RgbImage jiggled() {
        int w = photo.width(), h = photo.height();
        double dx = random.nextGaussian() * 3, dy = random.nextGaussian() * 3;
        double s = 1 + random.nextGaussian() * 0.01;
        int[] px = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int sx = (int) Math.round((x - w / 2.0 - dx) / s + w / 2.0);
                int sy = (int) Math.round((y - h / 2.0 - dy) / s + h / 2.0);
                int p = sx >= 0 && sy >= 0 && sx < w && sy < h ? photo.rgb(sx, sy) : 0x808080;
                int n = (int) Math.round(random.nextGaussian() * 3);
                px[y * w + x] = (clamp(((p >> 16) & 0xFF) + n) << 16) | (clamp(((p >> 8) & 0xFF) + n) << 8) | clamp((p & 0xFF) + n);
            }
        }
        return new RgbImage(w, h, px);
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    @Override
    public double framesPerSecond() {
        return fps;
    }

    @Override
    public void close() {
        delivered = frames;
    }
}
