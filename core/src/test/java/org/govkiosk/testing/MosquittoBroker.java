package org.govkiosk.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A real Mosquitto (Debian {@code mosquitto}) on a free loopback port, with persistence in a directory of the
 * test's own, so it can be stopped and started again on the same port (a broker restart). Skipped with the
 * package to install when mosquitto is missing, except under CI.
 */
public final class MosquittoBroker implements AutoCloseable {
    private final Path dir;
    private final int port;
    private final Path extraConfig;
    private Process process;

    private MosquittoBroker(Path dir, int port, Path extraConfig) {
        this.dir = dir;
        this.port = port;
        this.extraConfig = extraConfig;
    }

    public static MosquittoBroker start(Path dir) throws IOException, InterruptedException {
        return start(dir, null);
    }

    /** @param extraConfig more mosquitto.conf lines (another listener, TLS, passwords), or null */
    public static MosquittoBroker start(Path dir, Path extraConfig) throws IOException, InterruptedException {
        ExternalTool.require("mosquitto", "mosquitto");
        MosquittoBroker b = new MosquittoBroker(dir, freePort(), extraConfig);
        b.start();
        return b;
    }

    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    public int port() { return port; }
    public String url() { return "tcp://127.0.0.1:" + port; }
    public long pid() { return process.pid(); }

    public synchronized void start() throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Path conf = dir.resolve("mosquitto.conf");
        String extra = extraConfig == null ? "" : Files.readString(extraConfig);
        // With per_listener_settings the main listener's own settings must follow it.
        Files.writeString(conf, extra + "\n" + String.join("\n",
                "listener " + port + " 127.0.0.1",
                "allow_anonymous true",
                // Started as root (CI, containers), Mosquitto 2 switches to the 'mosquitto' user, which cannot write
                // the test's private directory: the persistence file (durable sessions across a restart) would be
                // silently lost. 'user root' keeps it as it is; as any other user the line has no effect.
                "user root",
                "persistence true",
                "persistence_location " + dir.toAbsolutePath() + "/",
                "log_dest file " + dir.toAbsolutePath().resolve("mosquitto.log"),
                "max_queued_messages 100000",
                ""));
        process = new ProcessBuilder("mosquitto", "-c", conf.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("mosquitto.out").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("mosquitto exited with " + process.exitValue() + ": " + Files.readString(dir.resolve("mosquitto.out")));
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IOException("mosquitto did not listen on " + port + " within 10 s");
    }

    /** SIGTERM: Mosquitto saves its persistence file (retained messages, durable sessions) and exits. */
    public synchronized void stop() throws InterruptedException {
        if (process == null) return;
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        process = null;
    }

    public synchronized void restart() throws IOException, InterruptedException {
        stop();
        start();
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
