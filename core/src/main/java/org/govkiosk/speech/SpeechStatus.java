package org.govkiosk.speech;

/**
 * Whether the kiosk can speak, and why not: the technician reads {@link #detail()} in the maintenance
 * self-test and the log; the citizen only notices silence.
 */
public record SpeechStatus(boolean available, String detail) {
    public static SpeechStatus available(String detail) { return new SpeechStatus(true, detail); }
    public static SpeechStatus unavailable(String why) { return new SpeechStatus(false, why); }
}
