package org.govkiosk.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** The kiosk's voice: {@code speech.*} (docs/speech.md). */
public record SpeechConfig(boolean enabled, boolean announceAlways, String command, String voiceZh, boolean zhAsPinyin,
                           String voiceEn, int rate, int volume, int volumeStep, Duration timeout, Duration doubleTap,
                           Optional<Path> out) {

    public static SpeechConfig from(KioskConfig c) {
        String announce = c.string("speech.announce").trim();
        if (!announce.equalsIgnoreCase("always") && !announce.equalsIgnoreCase("speechMode")) {
            throw c.invalid("speech.announce", "always or speechMode");
        }
        return new SpeechConfig(c.flag("speech.enabled"), announce.equalsIgnoreCase("always"), c.string("speech.command"),
                c.string("speech.voice.zh"), c.flag("speech.zhAsPinyin"), c.string("speech.voice.en"),
                c.integer("speech.rate", 80, 450), c.integer("speech.volume", 0, 100), c.integer("speech.volumeStep", 1, 100),
                c.positiveDuration("speech.timeout"), c.positiveDuration("speech.doubleTap"), c.path("speech.out"));
    }
}
