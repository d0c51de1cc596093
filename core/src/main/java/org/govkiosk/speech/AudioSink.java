package org.govkiosk.speech;

import java.io.IOException;
import javax.sound.sampled.AudioFormat;

/** Where synthesised samples go: a sound card, or WAV files for tests and machines without one. */
public interface AudioSink extends AutoCloseable {
    /**
     * Whether samples leave at the speed they are heard. A real-time output is interrupted by a newer utterance;
     * a file output writes every utterance whole, in order (it takes milliseconds, and tests read them all).
     */
    boolean realTime();

    /** Begins one utterance; called on the speech worker thread. */
    Playback start(Utterance utterance, AudioFormat format) throws IOException;

    /** What this output is, for the technician ("default audio device", "files in DIR"). */
    String describe();

    @Override
    default void close() {}

    /** One utterance on its way out. */
    interface Playback {
        void write(byte[] pcm, int offset, int length) throws IOException;

        /** All samples written: let them play out (or finish the file). */
        void finish() throws IOException;

        /** Cut short by a newer utterance: stop at once. */
        void abort();
    }
}
