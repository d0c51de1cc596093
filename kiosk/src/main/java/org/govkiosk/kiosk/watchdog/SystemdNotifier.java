package org.govkiosk.kiosk.watchdog;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one sd_notify message by running {@code systemd-notify}. Java 17 has Unix-domain sockets only as
 * streams, while {@code NOTIFY_SOCKET} is a datagram socket, so without a native library the command is the way.
 * By default it waits for systemd's barrier (systemd 252+), so the short-lived helper is still alive when systemd
 * looks up whose message it is; the unit needs {@code NotifyAccess=all} because the sender is a child process.
 */
public final class SystemdNotifier {
    private static final Logger log = LoggerFactory.getLogger(SystemdNotifier.class);

    private final String socket;
    private final boolean waitForBarrier;
    private final String command;

    /**
     * @param waitForBarrier false only where no real systemd answers the barrier (tests with a plain receiver)
     */
    public SystemdNotifier(String socket, boolean waitForBarrier) {
        this(socket, waitForBarrier, "systemd-notify");
    }

    SystemdNotifier(String socket, boolean waitForBarrier, String command) {
        this.socket = socket;
        this.waitForBarrier = waitForBarrier;
        this.command = command;
    }

    /** @return whether systemd-notify reported success; failures are logged, never thrown */
    public boolean send(String... assignments) {
        List<String> cmd = new ArrayList<>();
        cmd.add(command);
        if (!waitForBarrier) cmd.add("--no-block");
        cmd.addAll(List.of(assignments));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("NOTIFY_SOCKET", socket);
        try {
            Process p = pb.start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                log.warn("systemd-notify {} did not finish in 10 s", String.join(" ", assignments));
                return false;
            }
            if (p.exitValue() != 0) {
                log.warn("systemd-notify {} failed ({}): {}", String.join(" ", assignments), p.exitValue(), new String(out).trim());
                return false;
            }
            return true;
        } catch (IOException e) {
            log.warn("cannot run {}: {}", command, e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
