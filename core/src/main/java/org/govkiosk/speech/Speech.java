package org.govkiosk.speech;

/**
 * Port: the kiosk speaks. Calls return at once on the UI thread; synthesis and playback run elsewhere. A newer
 * utterance interrupts an older one still playing, as a person stops mid-sentence when asked something new.
 * When the engine is missing or failing, {@link #status()} says why and every call is a silent no-op: the
 * kiosk keeps working without a voice.
 */
public interface Speech extends AutoCloseable {
    /** Says this (after or instead of what is playing); never blocks. */
    void say(Utterance utterance);

    /** Stops what is playing and drops what waits. */
    void stop();

    SpeechStatus status();

    /** Loudness for the next utterances, 0 (mute) to 100 per cent. */
    void setVolume(int percent);

    int volume();

    /** Told when the first audio sample of an utterance reaches the output (benchmarks, tests). */
    default void setListener(SpeechListener listener) {}

    @Override
    void close();

    /** A kiosk without a voice: says nothing and tells the technician why. */
    static Speech silent(String why) {
        return new SilentSpeech(why);
    }
}
