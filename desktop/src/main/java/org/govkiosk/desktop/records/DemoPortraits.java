package org.govkiosk.desktop.records;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.govkiosk.config.KioskSettings;

/**
 * The reference portraits the embedded identity service keeps "on file" for the demo citizens: package-provided
 * photos assembled at build/test time by scripts/fetch-face-samples (demo-portraits.properties says whose is whose).
 * Read from disk on each request, as a department's photo store would be; nothing is cached here.
 */
public final class DemoPortraits {
    private final Path samples;
    private final Properties files = new Properties();

    public DemoPortraits(Path samples) {
        this.samples = samples;
        try (InputStream in = DemoPortraits.class.getResourceAsStream("demo-portraits.properties")) {
            files.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("demo-portraits.properties is part of the jar", e);
        }
    }

    public static DemoPortraits fromConfig(KioskSettings config) {
        return new DemoPortraits(faceSamples(config));
    }

    /**
     * {@code demo.faceSamples}, else build/face-samples in the working directory or a parent (where
     * scripts/fetch-face-samples puts them).
     */
    public static Path faceSamples(KioskSettings config) {
        Optional<Path> set = config.desktop().faceSamples();
        if (set.isPresent()) return set.get();
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path p = dir.resolve("build/face-samples");
            if (Files.isDirectory(p)) return p;
        }
        return Path.of("build/face-samples");
    }

    /** The photo file of the demo citizen with this document number, if she has one and it is there. */
    public Optional<Path> fileOf(String documentNumber) {
        String n = documentNumber.trim().toUpperCase(Locale.ROOT);
        return DemoCitizens.ALL.stream().filter(c -> c.document().number().equalsIgnoreCase(n)).findFirst()
                .map(c -> files.getProperty(c.key())).map(samples::resolve).filter(Files::isRegularFile);
    }

    /** The demo citizen's photo file by key (the desktop's camera holds it up as a printed photo). */
    public Optional<Path> fileOfKey(String key) {
        return Optional.ofNullable(files.getProperty(key)).map(samples::resolve).filter(Files::isRegularFile);
    }

    public Optional<byte[]> portraitOf(String documentNumber) throws IOException {
        Optional<Path> f = fileOf(documentNumber);
        return f.isEmpty() ? Optional.empty() : Optional.of(Files.readAllBytes(f.get()));
    }

    public Path samples() {
        return samples;
    }
}
