package org.govkiosk.speech;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sound.sampled.AudioFormat;

/**
 * {@code speech.out=DIR}: each utterance becomes {@code DIR/0001-zh.wav} and a line in {@code DIR/speech.txt}
 * (UTC time, language, text, tab-separated), so tests and scenario runs can check what was said. For tests and
 * development machines only: the files hold what was said to her, her record's figures included.
 */
public final class WavFileSink implements AudioSink {
    public static final String TRANSCRIPT = "speech.txt";

    private final Path dir;
    private final AtomicInteger counter = new AtomicInteger();

    public WavFileSink(Path dir) {
        this.dir = dir;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create speech.out folder " + dir, e);
        }
    }

    public Path dir() { return dir; }

    @Override public boolean realTime() { return false; }

    @Override public String describe() { return "WAV files in " + dir.toAbsolutePath(); }

    @Override
    public Playback start(Utterance u, AudioFormat format) throws IOException {
        int n = counter.incrementAndGet();
        Path wav = dir.resolve(String.format("%04d-%s.wav", n, u.language()));
        String line = Instant.now() + "\t" + u.language() + "\t" + u.text().replaceAll("[\\t\\r\\n]+", " ") + "\t" + wav.getFileName() + "\n";
        synchronized (this) {
            Files.writeString(dir.resolve(TRANSCRIPT), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        RandomAccessFile file = new RandomAccessFile(wav.toFile(), "rw");
        file.setLength(0);
        file.write(WavFormat.header(format, 0));
        return new Playback() {
            long bytes;

            @Override
            public void write(byte[] pcm, int offset, int length) throws IOException {
                file.write(pcm, offset, length);
                bytes += length;
            }

            @Override
            public void finish() throws IOException {
                file.seek(0);
                file.write(WavFormat.header(format, bytes));
                file.close();
            }

            @Override
            public void abort() {
                try {
                    finish();
                } catch (IOException ignored) {
                    // the file stays with a placeholder header; the next utterance matters more
                }
            }
        };
    }
}
