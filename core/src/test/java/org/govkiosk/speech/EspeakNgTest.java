package org.govkiosk.speech;

import org.govkiosk.config.KioskSettings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sound.sampled.AudioFormat;
import org.govkiosk.config.KioskConfig;
import org.govkiosk.testing.ExternalTool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The adapter against the real Debian espeak-ng program. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class EspeakNgTest {
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    private static EspeakNg.Settings settings(Map<String, String> overrides) {
        return EspeakNg.Settings.of(KioskSettings.of(overrides).speech());
    }

    @Test
    void writesEachUtteranceAsValidWavAndATranscriptLine(@TempDir Path dir) throws Exception {
        ExternalTool.require("espeak-ng", "espeak-ng");
        Speech speech = EspeakNg.start(settings(Map.of()), new WavFileSink(dir));
        assertTrue(speech.status().available(), speech.status().detail());
        speech.say(Utterance.of(ZH, "请把身份证平放在下方读卡区"));
        speech.say(Utterance.of(Locale.ENGLISH, "Please place your ID card on the reader below."));
        speech.close();

        List<String> lines = Files.readAllLines(dir.resolve(WavFileSink.TRANSCRIPT), StandardCharsets.UTF_8);
        assertEquals(2, lines.size(), lines.toString());
        String[] zh = lines.get(0).split("\t");
        assertEquals("zh", zh[1]);
        assertEquals("请把身份证平放在下方读卡区", zh[2]);
        assertEquals("en", lines.get(1).split("\t")[1]);
        for (String line : lines) {
            String[] f = line.split("\t");
            Wav wav = Wav.read(dir.resolve(f[3]));
            assertEquals(22050, wav.rate());
            // Plausible length: spoken Chinese and English run at 2-8 syllables a second here.
            double perChar = wav.seconds() / f[2].length();
            assertTrue(wav.seconds() > 1.0 && perChar > 0.03 && perChar < 0.6, f[3] + ": " + wav.seconds() + " s for " + f[2].length() + " chars");
            assertTrue(wav.rms() > 300, f[3] + " is not silence (rms " + wav.rms() + ")");
        }
    }

    @Test
    void aNewerUtteranceInterruptsTheOlderOneOnARealTimeOutput() throws Exception {
        ExternalTool.require("espeak-ng", "espeak-ng");
        // No sound card here: this output takes samples at the speed a sound card plays them.
        PacedSink sink = new PacedSink();
        Speech speech = EspeakNg.start(settings(Map.of()), sink);
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch secondDone = new CountDownLatch(1);
        speech.setListener(new SpeechListener() {
            @Override public void firstSample(Utterance u, long at) { if (u.text().startsWith("第一")) firstStarted.countDown(); }
            @Override public void finished(Utterance u) { if (u.text().startsWith("第二")) secondDone.countDown(); }
        });
        speech.say(Utterance.of(ZH, "第一句话很长。" + "这是一段很长的说明，".repeat(20)));
        assertTrue(firstStarted.await(10, TimeUnit.SECONDS), "the first utterance started playing");
        speech.say(Utterance.of(ZH, "第二句"));
        assertTrue(secondDone.await(20, TimeUnit.SECONDS), "the second utterance was played to its end");
        speech.close();
        assertEquals(List.of("第一", "第二"), sink.started.stream().map(t -> t.substring(0, 2)).toList());
        assertTrue(sink.aborted.contains("第一"), "the first utterance was cut short: " + sink.aborted);
        assertFalse(sink.aborted.contains("第二"));
    }

    @Test
    void missingProgramLeavesTheKioskSilentWithTheReason(@TempDir Path dir) {
        Speech speech = EspeakNg.start(settings(Map.of("speech.command", dir.resolve("no-such-espeak").toString())), new WavFileSink(dir));
        assertFalse(speech.status().available());
        assertTrue(speech.status().detail().contains("install the Debian package espeak-ng"), speech.status().detail());
        speech.say(Utterance.of(ZH, "无声"));
        speech.close();
        assertFalse(Files.exists(dir.resolve(WavFileSink.TRANSCRIPT)));
    }

    @Test
    void missingVoiceIsReported(@TempDir Path dir) {
        ExternalTool.require("espeak-ng", "espeak-ng");
        Speech speech = EspeakNg.start(settings(Map.of("speech.voice.zh", "no-such-voice")), new WavFileSink(dir));
        assertFalse(speech.status().available());
        assertTrue(speech.status().detail().contains("no voice 'no-such-voice'"), speech.status().detail());
    }

    @Test
    void aSynthesiserFailingAtRunTimeIsReportedAndTheWorkerCarriesOn(@TempDir Path dir) throws Exception {
        ExternalTool.require("espeak-ng", "espeak-ng");
        // Answers the voice check like espeak-ng, then fails every synthesis.
        Path broken = dir.resolve("broken-espeak");
        Files.writeString(broken, "#!/bin/sh\ncase \"$1\" in --voices=*) exec espeak-ng \"$1\";; esac\n"
                + "cat >/dev/null; echo 'audio engine crashed' >&2; exit 3\n");
        Files.setPosixFilePermissions(broken, PosixFilePermissions.fromString("rwxr-xr-x"));
        Speech speech = EspeakNg.start(settings(Map.of("speech.command", broken.toString())), new WavFileSink(dir.resolve("out")));
        assertTrue(speech.status().available(), speech.status().detail());
        speech.say(Utterance.of(ZH, "一"));
        speech.say(Utterance.of(ZH, "二"));
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (speech.status().available() && System.nanoTime() < deadline) Thread.sleep(20);
        assertFalse(speech.status().available());
        assertTrue(speech.status().detail().contains("audio engine crashed"), speech.status().detail());
        speech.close();
    }

    /** A WAV file read by hand: header fields and the loudness of its samples. */
    record Wav(int rate, int channels, int bits, double seconds, double rms) {
        static Wav read(Path p) throws IOException {
            byte[] b = Files.readAllBytes(p);
            var bb = java.nio.ByteBuffer.wrap(b).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            assertEquals("RIFF", new String(b, 0, 4, StandardCharsets.US_ASCII));
            assertEquals(b.length - 8, bb.getInt(4), p + ": RIFF size");
            assertEquals("WAVE", new String(b, 8, 4, StandardCharsets.US_ASCII));
            assertEquals("data", new String(b, 36, 4, StandardCharsets.US_ASCII));
            int data = bb.getInt(40);
            assertEquals(b.length - 44, data, p + ": data size");
            int channels = bb.getShort(22), rate = bb.getInt(24), bits = bb.getShort(34);
            double sum = 0;
            for (int i = 44; i + 1 < b.length; i += 2) sum += Math.pow(bb.getShort(i), 2);
            return new Wav(rate, channels, bits, data / (double) (rate * channels * bits / 8), Math.sqrt(sum / Math.max(1, data / 2)));
        }
    }

    /** Takes samples at playback speed, like a sound card, and notes what was started and what was cut short. */
    static final class PacedSink implements AudioSink {
        final List<String> started = new java.util.concurrent.CopyOnWriteArrayList<>();
        final List<String> aborted = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override public boolean realTime() { return true; }

        @Override public String describe() { return "paced test output"; }

        @Override
        public Playback start(Utterance u, AudioFormat format) {
            started.add(u.text());
            return new PacedPlayback(format, () -> aborted.add(u.text().substring(0, 2)));
        }
    }
}
