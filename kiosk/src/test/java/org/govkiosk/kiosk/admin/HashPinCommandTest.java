package org.govkiosk.kiosk.admin;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.govkiosk.admin.PinVerifier;
import org.govkiosk.config.KioskSettings;
import org.govkiosk.kiosk.KioskMain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import picocli.CommandLine;

@Timeout(30)
class HashPinCommandTest {
    private record Run(int code, String out, String err) {}

    private static Run run(String stdin, String... args) {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            CommandLine cl = KioskMain.commandLine();
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            cl.setOut(new PrintWriter(out));
            cl.setErr(new PrintWriter(err));
            int code = cl.execute(args);
            return new Run(code, out.toString(), err.toString());
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void thePrintedLineUnlocksAdminModeWithThatPinOnly() {
        Run r = run("80246135\n", "hash-pin", "--stdin", "--iterations", "100000");
        assertEquals(0, r.code(), r.err());
        String line = r.out().trim();
        assertTrue(line.matches("admin\\.pinHash=100000:[0-9a-f]{32}:[0-9a-f]{64}"), line);
        org.govkiosk.config.KioskSettings site = org.govkiosk.config.KioskSettings.of(Map.of("admin.pinHash", line.substring(line.indexOf('=') + 1)));
        PinVerifier v = new PinVerifier(site.admin());
        assertInstanceOf(PinVerifier.Rejected.class, v.verify(PinVerifier.DEFAULT_PIN.toCharArray()));
        assertEquals(new PinVerifier.Accepted(false), v.verify("80246135".toCharArray()));
    }

    @Test
    void weakOrMalformedPinsAreRefusedWithAReason() {
        assertTrue(run("12345\n", "hash-pin", "--stdin").err().contains("6 to 16 digits"));
        assertTrue(run("12ab5678\n", "hash-pin", "--stdin").err().contains("digits only"));
        assertTrue(run("246810\n", "hash-pin", "--stdin").err().contains("default PIN"));
        Run same = run("777777\n", "hash-pin", "--stdin");
        assertEquals(2, same.code());
        assertEquals("", same.out());
    }

    @Test
    void nonsenseIterationCountsAreRefused() {
        Run r = run("80246135\n", "hash-pin", "--stdin", "--iterations", "5");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--iterations"), r.err());
    }

    @Test
    void withoutATerminalItSaysToUseStdin() {
        Run r = run("", "hash-pin");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--stdin"));
    }
}
