package org.govkiosk.speech;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sound.sampled.AudioFormat;
import org.govkiosk.config.SpeechConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adapter: the Debian {@code espeak-ng} program, one process per utterance ({@code --stdout}, text on stdin), on
 * one worker thread. A process costs ~10-50 ms to start here, far less than the goal of 300 ms to the first
 * sample, and a process that hangs or crashes takes nothing down with it. A newer utterance on a real-time output
 * kills the older process and flushes its samples.
 */
public final class EspeakNg implements Speech {
    private static final Logger log = LoggerFactory.getLogger(EspeakNg.class);
    private static final int MAX_WAITING = 32;

    /** {@code speech.*} keys, documented in default.properties. */
    public record Settings(String command, String voiceZh, String voiceEn, boolean zhAsPinyin, int rate, int volume, Duration timeout) {
        public static Settings of(SpeechConfig c) {
            return new Settings(c.command(), c.voiceZh(), c.voiceEn(), c.zhAsPinyin(), c.rate(), c.volume(), c.timeout());
        }
    }

    private final Settings settings;
    private final AudioSink sink;
    private final Deque<Utterance> waiting = new ArrayDeque<>();
    private final Thread worker;
    private volatile int volume;
    private volatile SpeechStatus status;
    private volatile SpeechListener listener = new SpeechListener() {};
    private volatile boolean closed;
    // The utterance being synthesised and its process, so a newer one can cut it short.
    private Process current;
    private AudioSink.Playback currentPlayback;
    private boolean currentAborted;
    private boolean busy;

    private EspeakNg(Settings settings, AudioSink sink, SpeechStatus status) {
        this.settings = settings;
        this.sink = sink;
        this.volume = settings.volume();
        this.status = status;
        this.worker = new Thread(this::loop, "speech");
        worker.setDaemon(true);
        worker.start();
    }

    /**
     * Checks that the program runs and has both voices (a few tens of ms; call it off the UI thread), then starts
     * the worker. Without the program or a voice the speech is {@link Speech#silent silent} with the reason.
     */
    public static Speech start(Settings settings, AudioSink sink) {
        String problem = probe(settings);
        if (problem != null) {
            log.warn("speech unavailable: {}", problem);
            sink.close();
            return Speech.silent(problem);
        }
        log.info("speech: {} (voices {} and {}) to {}", settings.command(), settings.voiceZh(), settings.voiceEn(), sink.describe());
        return new EspeakNg(settings, sink, SpeechStatus.available(settings.command() + " to " + sink.describe()));
    }

    /** Null when espeak-ng runs and knows both voices; otherwise the reason, for the technician. */
    static String probe(Settings s) {
        for (String voice : List.of(s.voiceZh(), s.voiceEn())) {
            try {
                Process p = new ProcessBuilder(s.command(), "--voices=" + voice).redirectErrorStream(true).start();
                p.getOutputStream().close();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!p.waitFor(5, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    return s.command() + " did not answer within 5 s";
                }
                if (p.exitValue() != 0) return s.command() + " --voices failed (exit " + p.exitValue() + "): " + out.strip();
                boolean found = out.lines().skip(1).map(String::trim).map(l -> l.split("\\s+"))
                        .anyMatch(f -> f.length > 1 && f[1].equals(voice));
                if (!found) return s.command() + " has no voice '" + voice + "' (Debian package espeak-ng-data; config speech.voice.*)";
            } catch (IOException e) {
                return "cannot run '" + s.command() + "' (install the Debian package espeak-ng, or set speech.command): " + e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted while checking " + s.command();
            }
        }
        return null;
    }

    @Override
    public void say(Utterance u) {
        if (closed || volume == 0 || u.text().isBlank()) return;
        synchronized (waiting) {
            if (sink.realTime()) {
                waiting.clear();
                abortCurrent();
            } else if (waiting.size() >= MAX_WAITING) {
                waiting.removeFirst();
            }
            waiting.addLast(u);
            waiting.notifyAll();
        }
    }

    /**
     * Stops what she hears. Files are not heard: a file output keeps writing every utterance whole, in order, so a
     * transcript never depends on how fast the machine was.
     */
    @Override
    public void stop() {
        if (!sink.realTime()) return;
        synchronized (waiting) {
            waiting.clear();
            abortCurrent();
        }
    }

    private void abortCurrent() {
        if (current == null) return;
        currentAborted = true;
        current.destroyForcibly();
        if (currentPlayback != null) currentPlayback.abort();
    }

    @Override public SpeechStatus status() { return status; }

    @Override public void setVolume(int percent) { volume = Math.max(0, Math.min(100, percent)); }

    @Override public int volume() { return volume; }

    @Override public void setListener(SpeechListener l) { listener = l == null ? new SpeechListener() {} : l; }

    /** Files: what was asked for is written first (up to the timeout); a sound card stops at once. */
    @Override
    public void close() {
        if (!sink.realTime()) {
            long deadline = System.nanoTime() + settings.timeout().toNanos();
            synchronized (waiting) {
                while ((!waiting.isEmpty() || busy) && System.nanoTime() < deadline) {
                    try {
                        waiting.wait(50);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                }
            }
        }
        closed = true;
        synchronized (waiting) {
            waiting.clear();
            abortCurrent();
            waiting.notifyAll();
        }
        worker.interrupt();
        sink.close();
    }

    private void loop() {
        while (!closed) {
            Utterance u;
            synchronized (waiting) {
                while (waiting.isEmpty() && !closed) {
                    try {
                        waiting.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (closed) return;
                u = waiting.removeFirst();
                busy = true;
            }
            try {
                speak(u);
            } catch (Exception e) {
                // One failing utterance must not end the worker: the next one may work (the technician sees why).
                status = SpeechStatus.unavailable(settings.command() + " failed: " + e.getMessage());
                log.warn("speech failed: {}", e.getMessage());
            } finally {
                synchronized (waiting) {
                    busy = false;
                    waiting.notifyAll();
                }
            }
        }
    }

    private void speak(Utterance u) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(settings.command(), "-v", u.language().equals("en") ? settings.voiceEn() : settings.voiceZh(),
                "-s", String.valueOf(settings.rate()), "-a", String.valueOf(volume * 2), "-b", "1", "--stdout"));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.PIPE).start();
        synchronized (waiting) {
            if (closed) {
                p.destroyForcibly();
                return;
            }
            current = p;
            currentPlayback = null;
            currentAborted = false;
        }
        // A hung synthesiser is killed: the worker must come back for the next utterance.
        var killer = java.util.concurrent.CompletableFuture.delayedExecutor(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        java.util.concurrent.CompletableFuture.runAsync(() -> { if (p.isAlive()) p.destroyForcibly(); }, killer);
        String input = settings.zhAsPinyin() && !u.language().equals("en") ? PinyinReading.of(u.text()) : u.text();
        try (OutputStream stdin = p.getOutputStream()) {
            stdin.write(input.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // Killed by a newer utterance while its text was still going in: not a failure of the synthesiser.
            synchronized (waiting) {
                if (currentAborted) {
                    current = null;
                    return;
                }
            }
            throw e;
        }
        AudioSink.Playback playback = null;
        boolean first = true;
        try (InputStream out = p.getInputStream()) {
            AudioFormat format = WavFormat.readHeader(out);
            synchronized (waiting) {
                if (currentAborted) return;
                playback = sink.start(u, format);
                currentPlayback = playback;
            }
            byte[] buf = new byte[4096];
            int n;
            while ((n = out.read(buf)) > 0) {
                playback.write(buf, 0, n);
                if (first) {
                    first = false;
                    listener.firstSample(u, System.nanoTime());
                }
            }
        } catch (IOException e) {
            synchronized (waiting) {
                if (currentAborted) {
                    if (playback != null) playback.abort();
                    return;
                }
            }
            throw new IOException(e.getMessage() + stderr(p), e);
        } finally {
            synchronized (waiting) {
                current = null;
                currentPlayback = null;
            }
        }
        p.waitFor(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        synchronized (waiting) {
            if (currentAborted) return;
        }
        if (p.isAlive() || p.exitValue() != 0) {
            playback.abort();
            throw new IOException("exit " + (p.isAlive() ? "timeout" : String.valueOf(p.exitValue())) + stderr(p));
        }
        playback.finish();
        if (!status.available()) status = SpeechStatus.available(settings.command() + " to " + sink.describe());
        listener.finished(u);
    }

    private static String stderr(Process p) {
        try {
            String e = new String(p.getErrorStream().readNBytes(500), StandardCharsets.UTF_8).strip();
            return e.isEmpty() ? "" : ": " + e;
        } catch (IOException ex) {
            return "";
        }
    }
}
