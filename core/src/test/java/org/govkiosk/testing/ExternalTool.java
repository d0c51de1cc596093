package org.govkiosk.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs an independent command-line tool (pdfsig, pdffonts, zbarimg, lpstat ...) and captures its output. Tests
 * that need a missing tool are skipped with the apt package to install, except under CI ({@code CI=true}).
 */
public final class ExternalTool {
    public record Result(int exit, String output) {}

    private ExternalTool() {}

    public static void require(String tool, String aptPackage) {
        boolean have = Files.isExecutable(Path.of("/usr/bin", tool)) || Files.isExecutable(Path.of("/usr/sbin", tool))
                || Files.isExecutable(Path.of("/usr/local/bin", tool));
        if (have) return;
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(tool + " is not installed but CI must run this test (apt-get install " + aptPackage + ")");
        }
        Assumptions.assumeTrue(false, tool + " is not installed: test skipped (apt-get install " + aptPackage + ")");
    }

    public static Result run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(command + " did not finish in 30 s");
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
