package org.govkiosk.face.live;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.govkiosk.face.RgbImage;
import org.govkiosk.face.UnreadableImageException;

/**
 * The desktop's and the tests' camera: plays a folder of numbered frames (PNG/JPEG, e.g. extracted from a video
 * with ffmpeg) one by one, never faster than its frame rate, through the same pipeline as the kiosk's camera.
 * Every frame is delivered (a consumer slower than the rate falls behind instead of skipping frames) and stamped
 * with its place in the recording, so the result does not depend on how busy the machine is.
 * After the last frame it delivers nothing more, like a camera that stopped. A frame that cannot be decoded is
 * skipped (a corrupt frame must not end the session) and counted.
 */
public final class ImageSequenceSource implements FrameSource {
    private final List<Path> frames;
    private final double fps;
    private final long periodNanos;
    private int index;
    private long nextDue;
    private int corrupt;

    public ImageSequenceSource(List<Path> frames, double fps) {
        if (fps <= 0) throw new IllegalArgumentException("frame rate " + fps);
        this.frames = List.copyOf(frames);
        this.fps = fps;
        this.periodNanos = (long) (1e9 / fps);
        this.nextDue = System.nanoTime();
    }

    /** Every image file in the folder, in name order. */
    public static ImageSequenceSource ofFolder(Path folder, double fps) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            List<Path> files = s.filter(p -> p.getFileName().toString().matches("(?i).*\\.(png|jpe?g|bmp)")).sorted().toList();
            if (files.isEmpty()) throw new IOException("no PNG/JPEG frames in " + folder);
            return new ImageSequenceSource(files, fps);
        }
    }

    @Override
    public Optional<Frame> next(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (index < frames.size()) {
            long wait = nextDue - System.nanoTime();
            if (wait > deadline - System.nanoTime()) {
                sleepNanos(Math.max(0, deadline - System.nanoTime()));
                return Optional.empty();
            }
            sleepNanos(wait);
            nextDue = Math.max(nextDue + periodNanos, System.nanoTime() - periodNanos);
            Path f = frames.get(index);
            long at = index++ * periodNanos;
            try {
                return Optional.of(new Frame(RgbImage.read(f), at));
            } catch (UnreadableImageException e) {
                corrupt++;
            }
        }
        sleepNanos(Math.max(0, deadline - System.nanoTime()));
        return Optional.empty();
    }

    public int corruptFrames() {
        return corrupt;
    }

    @Override
    public double framesPerSecond() {
        return fps;
    }

    private static void sleepNanos(long nanos) throws InterruptedException {
        if (nanos > 0) Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
    }

    @Override
    public void close() {
        index = frames.size();
    }
}
