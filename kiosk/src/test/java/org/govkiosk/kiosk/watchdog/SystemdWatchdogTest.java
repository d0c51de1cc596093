package org.govkiosk.kiosk.watchdog;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The real {@code systemd-notify} sends real datagrams to a unix datagram socket that socat holds in place of
 * systemd. socat does not answer systemd's barrier, so these tests use --no-block; the barrier itself is
 * systemd's business and is exercised on a kiosk (docs/deployment.md).
 */
@Timeout(30)
class SystemdWatchdogTest {
    private Path dir;
    private Process receiver;

    @BeforeEach
    void receiver() throws Exception {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        boolean have = Files.isExecutable(Path.of("/usr/bin/systemd-notify")) && Files.isExecutable(Path.of("/usr/bin/socat"));
        if (!have && ci) throw new IllegalStateException("CI must have systemd (systemd-notify) and socat");
        Assumptions.assumeTrue(have, "systemd-notify or socat missing: watchdog tests skipped");
        dir = Files.createTempDirectory("notify");
        receiver = new ProcessBuilder("socat", "-u", "UNIX-RECV:" + dir.resolve("sock"),
                "OPEN:" + dir.resolve("got") + ",creat,append").redirectErrorStream(true)
                .redirectOutput(dir.resolve("socat.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!Files.exists(dir.resolve("sock")) && System.nanoTime() < deadline) Thread.sleep(10);
        assertTrue(Files.exists(dir.resolve("sock")), "socat made no socket");
    }

    @AfterEach
    void stop() throws Exception {
        if (receiver != null) {
            receiver.destroy();
            receiver.waitFor(2, TimeUnit.SECONDS);
        }
    }

    private String received(String waitFor, int times) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        String got = "";
        while (System.nanoTime() < deadline) {
            got = Files.exists(dir.resolve("got")) ? Files.readString(dir.resolve("got"), StandardCharsets.UTF_8) : "";
            if (count(got, waitFor) >= times) return got;
            Thread.sleep(10);
        }
        return got;
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) n++;
        return n;
    }

    private SystemdWatchdog watchdog() {
        // An hour between automatic pets: the test drives every pet decision itself.
        return new SystemdWatchdog(Optional.of(new SystemdNotifier(dir.resolve("sock").toString(), false)),
                Duration.ofHours(1), System::nanoTime);
    }

    @Test
    void readyThenPetsOnlyWhileTheUiLoopCallsIn() throws Exception {
        try (SystemdWatchdog w = watchdog()) {
            w.ready();
            assertTrue(received("READY=1", 1).contains("READY=1"));
            assertTrue(w.tick(), "ready() counts as a sign of life");
            assertFalse(w.tick(), "no frame since the last pet: no pet");
            w.alive();
            w.alive();
            assertTrue(w.tick());
            assertFalse(w.tick());
            assertEquals(2, count(received("WATCHDOG=1", 2), "WATCHDOG=1"));
        }
        assertTrue(received("STOPPING=1", 1).contains("STOPPING=1"));
    }

    @Test
    void aMissingSystemdNotifyIsLoggedNotThrown() throws IOException {
        assertFalse(new SystemdNotifier(dir.resolve("sock").toString(), false, "/nonexistent/systemd-notify").send("WATCHDOG=1"));
    }

    @Test
    void aSocketNobodyListensOnFailsQuietly() {
        assertFalse(new SystemdNotifier(dir.resolve("nobody").toString(), false).send("WATCHDOG=1"));
    }
}
