package org.govkiosk.speech;

import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A voice whose engine is still being checked on a thread of its own: checking espeak-ng runs it twice (~0.25 s
 * of a cold start on the launcher's thread before, issue 15). Until the check ends the status says so, and what
 * was asked for (utterances, volume, listener) is kept and handed over in order; after it, every call goes to the
 * voice it found (or to the silent one that says why).
 */
public final class StartingSpeech implements Speech {
    private static final Logger log = LoggerFactory.getLogger(StartingSpeech.class);
    private final Object lock = new Object();
    /** Set once, under the lock, after what was kept has been handed over: calls never overtake the kept ones. */
    private volatile Speech voice;
    /** Handed over in order: a sound card then plays only the newest, a transcript file keeps every one. */
    private final java.util.ArrayDeque<Utterance> pending = new java.util.ArrayDeque<>();
    private int pendingVolume;
    private boolean volumeChanged;
    private SpeechListener pendingListener;
    private boolean closed;

    private StartingSpeech(int configuredVolume) {
        this.pendingVolume = configuredVolume;
    }

    /**
     * Starts {@code start} (e.g. {@code SpeechOutputs.kiosk(config)}) on a thread of its own and returns at once.
     * @param configuredVolume what {@link #volume()} says until the voice is there (speech.volume)
     */
    public static Speech in(Supplier<Speech> start, int configuredVolume) {
        StartingSpeech starting = new StartingSpeech(configuredVolume);
        Thread t = new Thread(() -> {
            Speech s;
            try {
                s = start.get();
            } catch (RuntimeException | LinkageError e) {
                log.warn("speech could not start: {}", e.toString());
                s = Speech.silent("speech could not start: " + e);
            }
            starting.handOver(s);
        }, "speech-start");
        t.setDaemon(true);
        t.start();
        return starting;
    }

    private void handOver(Speech s) {
        synchronized (lock) {
            if (closed) {
                s.close();
                return;
            }
            if (pendingListener != null) s.setListener(pendingListener);
            if (volumeChanged) s.setVolume(pendingVolume);
            pending.forEach(s::say);
            pending.clear();
            voice = s;
        }
    }

    /** The voice, once checked and handed over; null before. */
    private Speech ready() {
        return voice;
    }

    @Override
    public void say(Utterance utterance) {
        synchronized (lock) {
            Speech s = ready();
            if (s == null) {
                if (pending.size() >= 16) pending.removeFirst();
                pending.addLast(utterance);
                return;
            }
            s.say(utterance);
        }
    }

    @Override
    public void stop() {
        synchronized (lock) {
            Speech s = ready();
            if (s == null) pending.clear();
            else s.stop();
        }
    }

    @Override
    public SpeechStatus status() {
        Speech s = ready();
        return s == null ? SpeechStatus.unavailable("checking the speech engine") : s.status();
    }

    @Override
    public void setVolume(int percent) {
        synchronized (lock) {
            Speech s = ready();
            if (s == null) {
                pendingVolume = Math.max(0, Math.min(100, percent));
                volumeChanged = true;
            } else {
                s.setVolume(percent);
            }
        }
    }

    @Override
    public int volume() {
        synchronized (lock) {
            Speech s = ready();
            return s != null ? s.volume() : pendingVolume;
        }
    }

    @Override
    public void setListener(SpeechListener listener) {
        synchronized (lock) {
            Speech s = ready();
            if (s == null) pendingListener = listener;
            else s.setListener(listener);
        }
    }

    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            pending.clear();
            Speech s = ready();
            if (s != null) s.close();
        }
    }
}
