package org.govkiosk.config;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/fetch-font against an npm that hands out packages made here (the real registry is not asked): a wrong or
 * truncated font is refused with a clear message and not installed; right ones are installed with their licences.
 */
class FetchFontScriptTest {
    private static final String LATIN = "400Regular/NotoSans_400Regular.ttf";
    private static final String CJK = "400Regular/NotoSansSC_400Regular.ttf";

    @TempDir
    Path dir;

    @Test
    void aTruncatedDownloadIsRefusedAndNothingInstalled() throws Exception {
        byte[] real = Files.exists(repoFont(FontLocator.LATIN_FILE_NAME)) ? Files.readAllBytes(repoFont(FontLocator.LATIN_FILE_NAME))
                : "not a font at all".repeat(100).getBytes(StandardCharsets.US_ASCII);
        Path npm = fakeNpm(Arrays.copyOf(real, real.length / 2), Arrays.copyOf(real, real.length / 2));
        Result r = run(npm);
        assertNotEquals(0, r.exit, r.out);
        assertTrue(r.out.contains("has SHA-256") && r.out.contains("expected") && r.out.contains("not installed"), r.out);
        assertFalse(Files.exists(dir.resolve("fonts").resolve(FontLocator.LATIN_FILE_NAME)), "no half font installed");
        assertFalse(Files.exists(dir.resolve("fonts").resolve(FontLocator.FILE_NAME)));
    }

    @Test
    void rightFontsAreInstalledWithTheirLicencesAndAWrongOneIsReplaced() throws Exception {
        Path latin = repoFont(FontLocator.LATIN_FILE_NAME);
        Path cjk = repoFont(FontLocator.FILE_NAME);
        Assumptions.assumeTrue((Files.isRegularFile(latin) && Files.isRegularFile(cjk)) || "true".equalsIgnoreCase(System.getenv("CI")),
                "fonts/ lacks the Noto fonts (run scripts/fetch-font)");
        Path fonts = Files.createDirectories(dir.resolve("fonts"));
        Files.writeString(fonts.resolve(FontLocator.LATIN_FILE_NAME), "truncated");
        Path npm = fakeNpm(Files.readAllBytes(latin), Files.readAllBytes(cjk));
        Result r = run(npm);
        assertEquals(0, r.exit, r.out);
        assertArrayEquals(Files.readAllBytes(latin), Files.readAllBytes(fonts.resolve(FontLocator.LATIN_FILE_NAME)));
        assertArrayEquals(Files.readAllBytes(cjk), Files.readAllBytes(fonts.resolve(FontLocator.FILE_NAME)));
        assertTrue(Files.readString(fonts.resolve("OFL-NotoSans.txt")).contains("SIL Open Font License"));
        assertTrue(Files.readString(fonts.resolve("OFL-NotoSansSC.txt")).contains("SIL Open Font License"));

        // Verified fonts are kept: a second run does not download (this npm would fail).
        Result again = run(fakeNpmThatFails());
        assertEquals(0, again.exit, again.out);
    }

    private record Result(int exit, String out) {}

    private Result run(Path npmDir) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("bash", repo().resolve("scripts/fetch-font").toString()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("PATH", npmDir + ":" + env.get("PATH"));
        env.put("FONT_DIR", dir.resolve("fonts").toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "fetch-font finished");
        return new Result(p.exitValue(), out);
    }

    /** A directory with an npm whose {@code pack} writes a package holding the given font files. */
    private Path fakeNpm(byte[] latin, byte[] cjk) throws IOException {
        Path pkg = dir.resolve("pkg/package");
        Files.createDirectories(pkg.resolve("400Regular"));
        Files.write(pkg.resolve(LATIN), latin);
        Files.write(pkg.resolve(CJK), cjk);
        Files.writeString(pkg.resolve("LICENSE_FONT"), "This Font Software is licensed under the SIL Open Font License, Version 1.1.\n");
        return npm("#!/usr/bin/env bash\n[ \"$1\" = pack ] || exit 2\ntar -czf package.tgz -C '" + pkg.getParent() + "' package\n");
    }

    private Path fakeNpmThatFails() throws IOException {
        return npm("#!/usr/bin/env bash\necho 'npm must not be called' >&2\nexit 7\n");
    }

    private Path npm(String script) throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin-" + System.nanoTime()));
        Path npm = bin.resolve("npm");
        Files.writeString(npm, script);
        Files.setPosixFilePermissions(npm, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin;
    }

    private static Path repoFont(String name) {
        return repo().resolve("fonts").resolve(name);
    }

    private static Path repo() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("scripts/fetch-font"))) return d;
        }
        throw new IllegalStateException("scripts/fetch-font not found above " + Path.of("").toAbsolutePath());
    }
}
