package org.govkiosk.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.govkiosk.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The desktop launcher and its records-service command stop on a misspelt key before starting anything. */
class DesktopConfigMistakeTest {
    @TempDir Path dir;

    private String run(String... args) {
        StringWriter sw = new StringWriter();
        CommandLine cl = DesktopMain.commandLine();
        cl.setOut(new PrintWriter(sw, true));
        cl.setErr(new PrintWriter(sw, true));
        assertEquals(ConfigException.EXIT_STATUS, cl.execute(args), sw.toString());
        return sw.toString();
    }

    @Test
    void misspeltKeyStopsTheLauncherAndTheRecordsService() throws Exception {
        Path site = dir.resolve("desktop.properties");
        Files.writeString(site, "desktop.datadir=/tmp/x\n");
        Path scenario = Files.writeString(dir.resolve("s.scenario"), "expect-screen attract\n");
        String out = run("--config", site.toString(), "--headless", "--scenario", scenario.toString(), "--out", dir.resolve("out").toString());
        assertTrue(out.contains(site + ": unknown key 'desktop.datadir' (did you mean 'desktop.dataDir'?)"), out);
        out = run("records-service", "--config", site.toString(), "--port", "0");
        assertTrue(out.contains("unknown key 'desktop.datadir'"), out);
    }
}
