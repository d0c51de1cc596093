package org.govkiosk.fleet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers the ids of commands already accepted for as long as they could still pass the age check: older
 * ones are refused as stale anyway, so memory stays bounded by the command rate. With a file the memory
 * survives a restart (one short line appended per command), so a command captured before a restart cannot be
 * replayed after it.
 */
final class ReplayGuard {
    private static final Logger log = LoggerFactory.getLogger(ReplayGuard.class);

    private final Duration keep;
    private final Path file;
    private final Map<String, Instant> seen = new HashMap<>();
    private int linesInFile;

    /** @param file where ids are kept across restarts, or null for memory only */
    ReplayGuard(Duration keep, Path file, Instant now) {
        this.keep = keep;
        this.file = file;
        if (file != null) load(now);
    }

    private void load(Instant now) {
        if (!Files.exists(file)) return;
        try {
            for (String line : Files.readAllLines(file)) {
                String[] w = line.trim().split(" ", 2);
                if (w.length != 2) continue;
                try {
                    seen.put(w[1], Instant.ofEpochMilli(Long.parseLong(w[0])));
                    linesInFile++;
                } catch (NumberFormatException e) {
                    // a torn last line after a power cut: skip it
                }
            }
            prune(now);
        } catch (IOException e) {
            log.warn("fleet: cannot read seen-command ids from {} ({}); replays of commands accepted before this start "
                    + "are refused only by their age", file, e.toString());
        }
    }

    /** @return true the first time an id is offered, false for a replay */
    synchronized boolean firstTime(String id, Instant issuedAt, Instant now) {
        prune(now);
        if (seen.containsKey(id)) return false;
        seen.put(id, issuedAt);
        persist(id, issuedAt);
        return true;
    }

    private void prune(Instant now) {
        Instant horizon = now.minus(keep).minus(FleetCommandGate.FUTURE_SKEW);
        seen.values().removeIf(t -> t.isBefore(horizon));
    }

    private void persist(String id, Instant issuedAt) {
        if (file == null) return;
        try {
            if (linesInFile > 4 * seen.size() + 64) {
                // Compact: rewrite only the ids still inside the window.
                List<String> lines = new ArrayList<>();
                seen.forEach((k, v) -> lines.add(v.toEpochMilli() + " " + k));
                Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
                Files.write(tmp, lines);
                Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                linesInFile = lines.size();
            } else {
                Files.createDirectories(file.getParent());
                Files.writeString(file, issuedAt.toEpochMilli() + " " + id + "\n", StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND, StandardOpenOption.SYNC);
                linesInFile++;
            }
        } catch (IOException e) {
            log.warn("fleet: cannot record command id in {}: {}", file, e.toString());
        }
    }
}
