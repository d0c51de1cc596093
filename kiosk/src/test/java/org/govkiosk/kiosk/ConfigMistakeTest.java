package org.govkiosk.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.govkiosk.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Every kiosk.jar command that loads --config stops on a misspelt key before it touches hardware. */
class ConfigMistakeTest {
    @TempDir Path dir;

    private String run(int expectedExit, String... args) {
        StringWriter sw = new StringWriter();
        // The command line main runs: run has one of its own (KioskMain.invocation).
        KioskMain.Invocation i = KioskMain.invocation(args);
        CommandLine cl = i.commandLine();
        cl.setOut(new PrintWriter(sw, true));
        cl.setErr(new PrintWriter(sw, true));
        int exit = cl.execute(i.args());
        assertEquals(expectedExit, exit, sw.toString());
        return sw.toString();
    }

    @Test
    void runStopsOnAMisspeltKeyNamingFileKeyAndSuggestion() throws Exception {
        Path site = dir.resolve("kiosk.properties");
        Files.writeString(site, "kiosk.id=ZZ-GX-0007\nidcard.baudrate=9600\n");
        String out = run(ConfigException.EXIT_STATUS, "run", "--config", site.toString(), "--windowed");
        assertTrue(out.contains(site + ": unknown key 'idcard.baudrate' (did you mean 'idcard.baud'?)"), out);
        assertFalse(out.contains("\tat "), "no stack trace for a config mistake: " + out);
    }

    @Test
    void runStopsOnABadValue() throws Exception {
        Path site = dir.resolve("kiosk.properties");
        Files.writeString(site, "records.readTimeout=eight seconds\n");
        String out = run(ConfigException.EXIT_STATUS, "run", "--config", site.toString(), "--windowed");
        assertTrue(out.contains(site + ": 'records.readTimeout' must be a duration like 800ms, 20s or 10m, not 'eight seconds'"), out);
    }

    @Test
    void runsHelpNamesTheJarAndItsOptions() {
        String out = run(0, "run", "--help");
        assertTrue(out.contains("Usage: kiosk.jar run") && out.contains("--config") && out.contains("--windowed"), out);
    }

    @Test
    void technicianToolsCheckTheSiteFileToo() throws Exception {
        Path site = dir.resolve("kiosk.properties");
        Files.writeString(site, "certificate.trustAnchor=/etc/ca.pem\n");
        String out = run(ConfigException.EXIT_STATUS, "verify-certificate", dir.resolve("x.pdf").toString(), "--config", site.toString());
        assertTrue(out.contains("unknown key 'certificate.trustAnchor' (did you mean 'certificate.trustAnchors'?)"), out);
        out = run(ConfigException.EXIT_STATUS, "probe-id-reader", "--config", site.toString());
        assertTrue(out.contains("unknown key 'certificate.trustAnchor'"), out);
    }
}
