package org.govkiosk.speech;

/** No voice: every call does nothing, and the status carries the reason for the technician. */
final class SilentSpeech implements Speech {
    private final SpeechStatus status;
    private int volume = 0;

    SilentSpeech(String why) {
        this.status = SpeechStatus.unavailable(why);
    }

    @Override public void say(Utterance utterance) {}
    @Override public void stop() {}
    @Override public SpeechStatus status() { return status; }
    @Override public void setVolume(int percent) { volume = Math.max(0, Math.min(100, percent)); }
    @Override public int volume() { return volume; }
    @Override public void close() {}
}
