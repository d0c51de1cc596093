package org.govkiosk.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A connected pseudo-terminal pair made by {@code socat}, for testing drivers through real serial ports.
 * {@link #hostPath()} and {@link #devicePath()} are the two ends. Tests that cannot start socat are skipped
 * with a reason, except under CI ({@code CI=true}) where a missing socat fails the test: CI must run them.
 */
public final class SocatPair implements AutoCloseable {
    private final Process process;
    private final Path dir;

    private SocatPair(Process process, Path dir) {
        this.process = process;
        this.dir = dir;
    }

    public static SocatPair start() throws IOException, InterruptedException {
        return startIn(null);
    }

    /**
     * A pair whose ends are {@code dir/host} and {@code dir/device}: starting again in the same directory after
     * {@link #kill()} brings "the same" ports back, as a replugged USB adapter with a stable path would.
     */
    public static SocatPair startIn(Path fixedDir) throws IOException, InterruptedException {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        boolean have = Files.isExecutable(Path.of("/usr/bin/socat")) || Files.isExecutable(Path.of("/usr/local/bin/socat"));
        if (!have) {
            if (ci) throw new IllegalStateException("socat is not installed but CI must run the serial tests");
            Assumptions.assumeTrue(false, "socat is not installed: serial tests skipped (apt-get install socat)");
        }
        Path dir = fixedDir != null ? Files.createDirectories(fixedDir) : Files.createTempDirectory("socat");
        Process p = new ProcessBuilder("socat", "-d", "-d",
                "pty,raw,echo=0,link=" + dir.resolve("host"), "pty,raw,echo=0,link=" + dir.resolve("device"))
                .redirectErrorStream(true).redirectOutput(dir.resolve("socat.log").toFile()).start();
        SocatPair pair = new SocatPair(p, dir);
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!(Files.exists(Path.of(pair.hostPath())) && Files.exists(Path.of(pair.devicePath())))) {
            if (System.nanoTime() > deadline || !p.isAlive()) {
                pair.close();
                throw new IOException("socat did not create the pty pair: " + Files.readString(dir.resolve("socat.log")));
            }
            Thread.sleep(20);
        }
        return pair;
    }

    public String hostPath() { return dir.resolve("host").toString(); }

    public String devicePath() { return dir.resolve("device").toString(); }

    /** Kills socat: both ends vanish as if the cable were pulled. */
    public void kill() throws InterruptedException {
        process.destroy();
        process.waitFor(2, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }
}
