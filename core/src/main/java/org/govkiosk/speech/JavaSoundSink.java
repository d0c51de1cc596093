package org.govkiosk.speech;

import java.io.IOException;
import java.util.Optional;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/**
 * The default audio device (headphone jack or speaker) through Java Sound. The line stays open between
 * utterances so the next one starts without the device's open latency; an interrupted utterance is flushed.
 */
public final class JavaSoundSink implements AudioSink {
    /** espeak-ng's output: 22050 Hz, 16-bit, mono. */
    static final AudioFormat ESPEAK_FORMAT = new AudioFormat(22050, 16, 1, true, false);

    private SourceDataLine line;
    private AudioFormat lineFormat;

    /** Empty when a line can be opened; otherwise why not (no sound card, no permission). */
    public static Optional<String> problem() {
        try {
            SourceDataLine l = AudioSystem.getSourceDataLine(ESPEAK_FORMAT);
            l.open(ESPEAK_FORMAT);
            l.close();
            return Optional.empty();
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            return Optional.of("no audio output device: " + e.getMessage());
        }
    }

    @Override public boolean realTime() { return true; }

    @Override public String describe() { return "default audio device"; }

    @Override
    public synchronized Playback start(Utterance u, AudioFormat format) throws IOException {
        try {
            if (line == null || !format.matches(lineFormat)) {
                if (line != null) line.close();
                line = AudioSystem.getSourceDataLine(format);
                // About 100 ms of buffer: short enough that an interruption is heard at once.
                line.open(format, (int) (format.getFrameRate() * format.getFrameSize() / 10));
                lineFormat = format;
            }
            line.start();
        } catch (LineUnavailableException | IllegalArgumentException e) {
            line = null;
            throw new IOException("audio device: " + e.getMessage(), e);
        }
        SourceDataLine l = line;
        return new Playback() {
            @Override public void write(byte[] pcm, int offset, int length) { l.write(pcm, offset, length); }

            @Override public void finish() { l.drain(); }

            @Override
            public void abort() {
                l.stop();
                l.flush();
            }
        };
    }

    @Override
    public synchronized void close() {
        if (line != null) line.close();
        line = null;
    }
}
