package org.govkiosk.kiosk.jar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded kiosk jar, as built (failsafe runs this after {@code package}), in a child JVM: the shade filters keep
 * only the natives the kiosk loads (pom.xml, issue 15), so a library cut too far must fail here and not on a kiosk.
 * The camera must reach our own "no V4L2 camera" answer (this machine has none), not OpenCV failing to load; a
 * frame goes through opencv_core; TensorFlow Lite builds and runs an interpreter on a real face model; and the
 * launcher's command line starts.
 */
class ShadedJarIT {
    private static final Path JAR = Path.of(System.getProperty("kiosk.shadedJar", "target/kiosk.jar"));
    private static final Path MODEL = repositoryRoot().resolve("models/face/pnet.tflite");

    @TempDir Path work;

    @Test
    void cameraFramesAndTfliteLoadFromTheShadedJarAlone() throws Exception {
        assertTrue(Files.isRegularFile(JAR), "no shaded jar at " + JAR.toAbsolutePath() + " (run package first)");
        assertTrue(Files.isRegularFile(MODEL), "no face model at " + MODEL + ": run scripts/fetch-models");
        Path probeDir = copyProbeClass();
        // A fresh javacpp cache: natives extracted by an earlier build must not hide one missing from this jar.
        Path cache = Files.createDirectories(work.resolve("javacpp-cache"));
        Result r = java(List.of("-Dorg.bytedeco.javacpp.cachedir=" + cache, "-cp", JAR + java.io.File.pathSeparator + probeDir,
                ShadedJarProbe.class.getName(), "/dev/video-govkiosk-absent", MODEL.toString()));

        assertEquals(0, r.exit, r.output);
        assertFalse(r.output.contains("UnsatisfiedLinkError") || r.output.contains("NoClassDefFoundError")
                || r.output.contains("could not be loaded"), r.output);
        assertTrue(r.output.contains("camera NO_DEVICE | no V4L2 camera at /dev/video-govkiosk-absent"), r.output);
        assertTrue(r.output.contains("frame 2x3 1e140a"), r.output);
        assertTrue(r.output.contains("tflite built 0 allocated 0 invoked 0 outputs 2"), r.output);
    }

    @Test
    void theLauncherStartsFromTheJar() throws Exception {
        Result r = java(List.of("-jar", JAR.toString(), "--help"));
        assertEquals(0, r.exit, r.output);
        assertTrue(r.output.contains("Usage: kiosk.jar") && r.output.contains("face-match"), r.output);
    }

    private Path copyProbeClass() throws IOException {
        String resource = ShadedJarProbe.class.getName().replace('.', '/') + ".class";
        Path target = work.resolve("probe").resolve(resource);
        Files.createDirectories(target.getParent());
        try (InputStream in = ShadedJarProbe.class.getClassLoader().getResourceAsStream(resource)) {
            Files.copy(in, target);
        }
        return work.resolve("probe");
    }

    private record Result(int exit, String output) {}

    private Result java(List<String> args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Djava.awt.headless=true");
        cmd.addAll(args);
        Path log = Files.createTempFile(work, "child", ".log");
        Process p = new ProcessBuilder(cmd).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("child JVM did not end in 120 s: " + cmd + "\n" + Files.readString(log));
        }
        return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("dev")) && Files.isDirectory(dir.resolve("scripts"))) return dir;
        }
        throw new IllegalStateException("not inside the repository");
    }
}
