package org.govkiosk.kiosk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.govkiosk.admin.StatusCollector;
import org.govkiosk.config.KioskConfig;
import org.govkiosk.device.AbstractDevice;
import org.govkiosk.device.Device;
import org.govkiosk.device.DeviceKind;
import org.govkiosk.device.DeviceState;
import org.govkiosk.device.DeviceStatus;
import org.govkiosk.device.SuggestedAction;
import org.govkiosk.device.Supplies;
import org.govkiosk.kiosk.KioskMain;
import org.govkiosk.kiosk.status.StatusEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Two kiosks' real status endpoints on loopback and one that is gone: the operator sees which need someone. */
@Timeout(30)
class FleetStatusCommandTest {
    /** A printer whose paper level the test sets; the status endpoint reads it like any device. */
    static final class Printer extends AbstractDevice {
        Printer() { super("receipt", DeviceKind.RECEIPT_PRINTER); }

        void paper(Supplies s) {
            updateStatus(new DeviceStatus(kind(), id(), DeviceState.ONLINE, s, null, "paper " + s, SuggestedAction.REFILL, null));
        }
    }

    @Test
    void listsTheKioskThatIsOutOfPaperAndTheOneThatDoesNotAnswerFirst(@TempDir Path dir) throws Exception {
        Printer fine = new Printer();
        Printer empty = new Printer();
        fine.start();
        empty.start();
        fine.paper(Supplies.FULL);
        empty.paper(Supplies.OUT);
        int deadPort;
        try (ServerSocket s = new ServerSocket(0)) {
            deadPort = s.getLocalPort();
        }
        try (StatusEndpoint a = endpoint("GX-01", fine, "AVAILABLE"); StatusEndpoint b = endpoint("GX-02", empty, "AVAILABLE")) {
            Path file = dir.resolve("kiosks.txt");
            Files.writeString(file, "# the zone's kiosks\n"
                    + "gx-01 http://127.0.0.1:" + a.port() + "\n"
                    + "gx-02 http://127.0.0.1:" + b.port() + "\n"
                    + "gx-03 http://127.0.0.1:" + deadPort + "\n");
            StringWriter out = new StringWriter();
            CommandLine cl = KioskMain.commandLine();
            cl.setOut(new PrintWriter(out));
            int exit = cl.execute("fleet-status", "--token", "t0k3n-for-tests-0123456789ab", "--timeout", "2", file.toString());
            String text = out.toString();
            assertEquals(1, exit, text);
            assertTrue(text.startsWith("3 kiosks, 2 need attention"), text);
            List<String> lines = text.lines().toList();
            assertTrue(lines.get(lines.size() - 1).startsWith("gx-01") && lines.get(lines.size() - 1).contains("OK"), text);
            assertTrue(text.contains("gx-02") && text.contains("receipt supplies OUT"), text);
            assertTrue(text.contains("gx-03") && text.contains("UNREACHABLE"), text);

            empty.paper(Supplies.FULL);
            Files.writeString(file, "gx-01 http://127.0.0.1:" + a.port() + "\ngx-02 http://127.0.0.1:" + b.port() + "\n");
            StringWriter again = new StringWriter();
            cl.setOut(new PrintWriter(again));
            assertEquals(0, cl.execute("fleet-status", "--token", "t0k3n-for-tests-0123456789ab", file.toString()), again.toString());
            assertTrue(again.toString().startsWith("2 kiosks, 0 need attention"), again.toString());
        } finally {
            fine.close();
            empty.close();
        }
    }

    @Test
    void aWrongTokenOrABadFileIsSaidPlainly(@TempDir Path dir) throws Exception {
        Printer p = new Printer();
        p.start();
        try (StatusEndpoint a = endpoint("GX-01", p, "AVAILABLE")) {
            Path file = dir.resolve("kiosks.txt");
            Files.writeString(file, "gx-01 http://127.0.0.1:" + a.port() + " wrong-token\n");
            StringWriter out = new StringWriter();
            CommandLine cl = KioskMain.commandLine();
            cl.setOut(new PrintWriter(out));
            assertEquals(1, cl.execute("fleet-status", file.toString()));
            assertTrue(out.toString().contains("HTTP 401 (token?)"), out.toString());

            Files.writeString(file, "just-a-name\n");
            StringWriter err = new StringWriter();
            cl.setErr(new PrintWriter(err));
            assertEquals(2, cl.execute("fleet-status", file.toString()));
            assertTrue(err.toString().contains("line 1: expected NAME URL [TOKEN]"), err.toString());
        } finally {
            p.close();
        }
    }

    private static StatusEndpoint endpoint(String id, Device d, String state) throws Exception {
        StatusCollector c = new StatusCollector(id, "0.1.0", () -> List.of(d), () -> state, Map::of, Clock.systemUTC());
        StatusEndpoint e = new StatusEndpoint(KioskConfig.defaults().with(Map.of("status.port", "0", "status.token", "t0k3n-for-tests-0123456789ab")),
                c::snapshot);
        assertTrue(e.start());
        return e;
    }
}
