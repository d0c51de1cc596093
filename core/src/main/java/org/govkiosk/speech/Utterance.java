package org.govkiosk.speech;

import java.util.Locale;

/**
 * One thing to say, in one language. The text may hold her record's figures, so {@link #toString()} never
 * prints it: a stray log line must not carry what the kiosk said to her.
 *
 * @param requestedNanos {@link System#nanoTime()} when the UI asked for it (the benchmark measures from here)
 */
public record Utterance(Locale locale, String text, long requestedNanos) {
    public Utterance {
        if (locale == null || text == null) throw new IllegalArgumentException("an utterance needs a language and a text");
    }

    public static Utterance of(Locale locale, String text) {
        return new Utterance(locale, text, System.nanoTime());
    }

    /** "zh" or "en". */
    public String language() {
        return locale.getLanguage().equals("en") ? "en" : "zh";
    }

    @Override
    public String toString() {
        return "Utterance[" + language() + ", " + text.length() + " chars]";
    }
}
