package org.govkiosk.speech;

import javax.sound.sampled.AudioFormat;

/**
 * Takes samples at the pace a sound card plays them and stops at once when cut short: lets tests and the latency
 * benchmark see a newer utterance interrupt an older one without a sound card. Shared through core's test-jar.
 */
public final class PacedPlayback implements AudioSink.Playback {
    private final double bytesPerMilli;
    private final Runnable onAbort;
    private volatile boolean stopped;

    public PacedPlayback(AudioFormat format, Runnable onAbort) {
        this.bytesPerMilli = format.getFrameRate() * format.getFrameSize() / 1000.0;
        this.onAbort = onAbort;
    }

    @Override
    public void write(byte[] pcm, int offset, int length) {
        if (stopped) return;
        try {
            Thread.sleep((long) (length / bytesPerMilli));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override public void finish() {}

    @Override
    public void abort() {
        stopped = true;
        onAbort.run();
    }
}
