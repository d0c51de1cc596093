package org.govkiosk.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class StartingSpeechTest {
    /** Stands for the engine the check finds; records what reaches it. */
    static final class RecordingVoice implements Speech {
        final List<String> calls = new CopyOnWriteArrayList<>();
        volatile int volume = 80;

        @Override public void say(Utterance u) { calls.add("say " + u.text()); }
        @Override public void stop() { calls.add("stop"); }
        @Override public SpeechStatus status() { return SpeechStatus.available("recording"); }
        @Override public void setVolume(int percent) { volume = percent; calls.add("volume " + percent); }
        @Override public int volume() { return volume; }
        @Override public void close() { calls.add("close"); }
    }

    @Test
    void whatIsAskedDuringTheCheckIsHandedOverInOrderThenCallsGoStraightThrough() throws Exception {
        CountDownLatch checked = new CountDownLatch(1);
        RecordingVoice voice = new RecordingVoice();
        Speech speech = startingUntil(checked, voice);

        assertFalse(speech.status().available());
        assertTrue(speech.status().detail().contains("checking"), speech.status().detail());
        assertEquals(70, speech.volume(), "the configured volume until the voice is there");
        speech.say(Utterance.of(Locale.SIMPLIFIED_CHINESE, "请放身份证"));
        speech.setVolume(30);
        speech.say(Utterance.of(Locale.ENGLISH, "Place your card"));
        assertEquals(30, speech.volume());
        assertTrue(voice.calls.isEmpty());

        checked.countDown();
        waitUntil(() -> speech.status().available());
        assertEquals(List.of("volume 30", "say 请放身份证", "say Place your card"), voice.calls);
        speech.say(Utterance.of(Locale.ENGLISH, "Thank you"));
        speech.stop();
        assertEquals("stop", voice.calls.get(voice.calls.size() - 1));
        assertEquals("say Thank you", voice.calls.get(voice.calls.size() - 2));
        assertEquals(30, speech.volume());
    }

    @Test
    void stopDuringTheCheckDropsWhatWaitedAndCloseBeforeItClosesTheVoiceFound() throws Exception {
        CountDownLatch checked = new CountDownLatch(1);
        RecordingVoice voice = new RecordingVoice();
        Speech speech = startingUntil(checked, voice);
        speech.say(Utterance.of(Locale.ENGLISH, "dropped"));
        speech.stop();
        speech.close();
        checked.countDown();
        waitUntil(() -> voice.calls.contains("close"));
        assertEquals(List.of("close"), voice.calls, "nothing said, the voice closed");
    }

    @Test
    void aCheckThatThrowsLeavesTheKioskSilentWithTheReason() throws Exception {
        Speech speech = StartingSpeech.in(() -> {
            throw new IllegalStateException("no sound server");
        }, 70);
        waitUntil(() -> speech.status().detail().contains("could not start"));
        assertFalse(speech.status().available());
        assertTrue(speech.status().detail().contains("no sound server"), speech.status().detail());
        speech.say(Utterance.of(Locale.ENGLISH, "nothing happens"));
    }

    /** A voice whose check ends when {@code checked} is released, and then finds {@code voice}. */
    private static Speech startingUntil(CountDownLatch checked, RecordingVoice voice) {
        return StartingSpeech.in(() -> {
            await(checked);
            return voice;
        }, 70);
    }

    private static void await(CountDownLatch l) {
        try {
            if (!l.await(10, TimeUnit.SECONDS)) throw new IllegalStateException("test latch never released");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void waitUntil(BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!done.getAsBoolean() && System.nanoTime() < deadline) Thread.sleep(5);
        assertTrue(done.getAsBoolean(), "did not happen within 10 s");
    }
}
