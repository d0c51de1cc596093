package org.govkiosk.speech;

import java.nio.file.Path;
import org.govkiosk.config.SpeechConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses where the kiosk's voice goes, from config, for both launchers. {@code speech.enabled=false}: silent.
 * Otherwise {@code speech.out=DIR} (desktop and tests only) writes WAV files; else the default audio device; a
 * desktop without one writes files to its fallback folder, a kiosk without one stays silent and says why.
 */
public final class SpeechOutputs {
    private static final Logger log = LoggerFactory.getLogger(SpeechOutputs.class);

    private SpeechOutputs() {}

    /**
     * @param fallbackDir where a desktop without a sound card writes its WAV files; null: stay silent instead
     *                    (headless scenario runs speak only when {@code speech.out} asks for it)
     */
    public static Speech desktop(SpeechConfig config, Path fallbackDir) {
        if (!config.enabled()) return Speech.silent("switched off (speech.enabled=false)");
        var out = config.out();
        if (out.isPresent()) return EspeakNg.start(EspeakNg.Settings.of(config), new WavFileSink(out.get()));
        var problem = JavaSoundSink.problem();
        if (problem.isEmpty()) return EspeakNg.start(EspeakNg.Settings.of(config), new JavaSoundSink());
        if (fallbackDir == null) return Speech.silent(problem.get() + "; no speech.out folder set");
        log.info("speech: {}; writing WAV files to {} instead", problem.get(), fallbackDir.toAbsolutePath());
        return EspeakNg.start(EspeakNg.Settings.of(config), new WavFileSink(fallbackDir));
    }

    /**
     * A kiosk in service: the audio device only. {@code speech.out} is refused here, since the files would keep what
     * was said to citizens (their records' figures) on the kiosk's disk.
     */
    public static Speech kiosk(SpeechConfig config) {
        if (!config.enabled()) return Speech.silent("switched off (speech.enabled=false)");
        if (config.out().isPresent()) {
            log.warn("speech.out is ignored on a kiosk: it would keep what was said to citizens on disk");
        }
        var problem = JavaSoundSink.problem();
        if (problem.isPresent()) {
            log.warn("speech unavailable: {}", problem.get());
            return Speech.silent(problem.get());
        }
        return EspeakNg.start(EspeakNg.Settings.of(config), new JavaSoundSink());
    }
}
