package org.govkiosk.certificate;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.govkiosk.config.CertificateConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The departments' seal pictures this kiosk has printed before ({@code certificate.sealCache}), kept on disk so that
 * after a restart the start-up warm-up decodes them and the first citizen of each department does not wait for it
 * (13-17 ms of a ~90 ms first certificate, issue 15). A department's seal arrives with every grant, so nothing here
 * is needed to print: a missing, unreadable or damaged cache only costs that saving.
 *
 * <p>Seal pictures are the ones printed on every certificate, never a citizen's data. Each file is named after the
 * SHA-256 of its bytes and is only used when the name still matches, so an edited file is skipped, and a file can
 * only stand in for the department's picture when it is byte for byte the same.
 */
public final class SealPictureCache {
    private static final Logger log = LoggerFactory.getLogger(SealPictureCache.class);
    /** A few departments per kiosk; the renderer keeps as many decoded. */
    static final int MAX_PICTURES = 64;
    /** Far above a 400 px seal (~10-30 KB); a larger file is not one the grant could have carried. */
    static final long MAX_BYTES = 1 << 20;
    private static final String SUFFIX = ".png";
    private final Path dir;
    private final Set<String> kept = ConcurrentHashMap.newKeySet();

    public SealPictureCache(Path dir) {
        this.dir = dir;
    }

    public static Optional<SealPictureCache> fromConfig(CertificateConfig config) {
        return config.sealCache().map(SealPictureCache::new);
    }

    /** The pictures kept, newest first, at most {@link #MAX_PICTURES}; skips anything that is not one. */
    public List<byte[]> pictures() {
        List<byte[]> out = new ArrayList<>();
        for (Path file : newestFirst()) {
            if (out.size() == MAX_PICTURES) break;
            String name = file.getFileName().toString();
            try {
                if (Files.size(file) > MAX_BYTES) continue;
                byte[] png = Files.readAllBytes(file);
                String hash = hash(png);
                if (!name.equals(hash + SUFFIX)) {
                    log.warn("seal cache: {} does not hold what its name says; not used", file);
                    continue;
                }
                kept.add(hash);
                out.add(png);
            } catch (IOException e) {
                log.warn("seal cache: {} unreadable: {}", file, e.toString());
            }
        }
        return out;
    }

    /**
     * Keeps a department's seal picture for the next start, once: a picture already kept costs a hash. Never
     * throws; a full or read-only disk is logged and the certificate goes on.
     */
    public void remember(byte[] png) {
        if (png == null || png.length == 0 || png.length > MAX_BYTES) return;
        String hash = hash(png);
        if (kept.contains(hash)) return;
        Path file = dir.resolve(hash + SUFFIX);
        try {
            Files.createDirectories(dir);
            if (!Files.isRegularFile(file)) {
                Path tmp = Files.createTempFile(dir, "seal", ".tmp");
                try {
                    Files.write(tmp, png);
                    try {
                        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    } catch (AtomicMoveNotSupportedException e) {
                        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                    }
                } finally {
                    Files.deleteIfExists(tmp); // a full disk leaves no half-written file behind
                }
                log.info("seal cache: kept a department's seal picture ({} bytes) for the next start", png.length);
            }
            kept.add(hash);
            dropOldest();
        } catch (IOException e) {
            log.warn("seal cache: cannot keep a seal picture in {}: {}", dir, e.toString());
        }
    }

    /** A department that changed its seal leaves its old picture behind: beyond the cap the oldest go. */
    private void dropOldest() throws IOException {
        List<Path> all = newestFirst();
        for (Path stale : all.subList(Math.min(all.size(), MAX_PICTURES), all.size())) {
            Files.deleteIfExists(stale);
            kept.remove(stale.getFileName().toString().replace(SUFFIX, ""));
        }
    }

    private List<Path> newestFirst() {
        if (!Files.isDirectory(dir)) return List.of();
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
            for (Path p : s) if (Files.isRegularFile(p)) files.add(p);
        } catch (IOException e) {
            log.warn("seal cache: cannot list {}: {}", dir, e.toString());
            return List.of();
        }
        files.sort(Comparator.comparing(SealPictureCache::modified).reversed());
        return files;
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static String hash(byte[] png) {
        return HexFormat.of().formatHex(CertificateDigest.sha256(png));
    }
}
