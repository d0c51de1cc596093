package org.govkiosk.speech;

/** Hears what the speech engine did; called on the speech worker thread. */
public interface SpeechListener {
    /** The first audio sample of {@code u} went to the output, {@code atNanos} on {@link System#nanoTime()}'s clock. */
    default void firstSample(Utterance u, long atNanos) {}

    /** {@code u} was played (or written) to its end. */
    default void finished(Utterance u) {}
}
