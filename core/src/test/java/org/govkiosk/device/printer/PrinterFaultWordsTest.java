package org.govkiosk.device.printer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.govkiosk.config.KioskSettings;
import org.govkiosk.device.DeviceState;
import org.govkiosk.device.Supplies;
import org.govkiosk.testing.ExternalTool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Printer faults that cups-pdf cannot produce (paper out, jam, cover open): a small IPP responder on loopback
 * answers Get-Printer-Attributes with those state reasons, speaking real IPP over real HTTP. javax.print still
 * sees the real CUPS queue, so nothing but the state source is stood in for.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PrinterFaultWordsTest {
    HttpServer server;
    final AtomicInteger jobQueries = new AtomicInteger();

    @BeforeAll
    static void cups() throws Exception {
        ExternalTool.require("cupsd", "cups");
        ExternalTool.require("lpr", "cups-bsd");
        ExternalTool.Result r = ExternalTool.run(List.of(CupsDocumentPrinterTest.findScript().toString(), CupsDocumentPrinterTest.QUEUE));
        if (r.exit() != 0 && !"true".equalsIgnoreCase(System.getenv("CI"))) {
            org.junit.jupiter.api.Assumptions.assumeTrue(false, "CUPS could not be set up here (needs root for cupsd): " + r.output());
        }
        assertEquals(0, r.exit(), r.output());
    }

    @org.junit.jupiter.api.AfterAll
    static void removeQueue() throws Exception {
        ExternalTool.run(List.of("lpadmin", "-x", CupsDocumentPrinterTest.QUEUE));
    }

    @AfterEach
    void stop() {
        if (server != null) server.stop(0);
    }

    CupsDocumentPrinter printerReporting(String reason, int state) throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> {
            byte[] req = ex.getRequestBody().readAllBytes();
            int op = ((req[2] & 0xFF) << 8) | (req[3] & 0xFF);
            if (op != IppClient.GET_PRINTER_ATTRIBUTES) jobQueries.incrementAndGet();
            byte[] body = printerAttributes(reason, state, req);
            ex.getResponseHeaders().add("Content-Type", "application/ipp");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
        KioskSettings c = KioskSettings.of(Map.of("printer.queue", CupsDocumentPrinterTest.QUEUE,
                "printer.cupsServer", "127.0.0.1:" + server.getAddress().getPort()));
        CupsDocumentPrinter p = new CupsDocumentPrinter(c.printer());
        p.start();
        return p;
    }

    @Test
    void paperOutJamAndCoverOpenAreReportedInPlainWordsAndNothingIsSent() throws Exception {
        record Case(String reason, PrintOutcome.Result result, DeviceState state, Supplies supplies) {}
        for (Case c : List.of(new Case("media-empty-error", PrintOutcome.Result.PAPER_OUT, DeviceState.USER_ERROR, Supplies.OUT),
                new Case("media-jam-error", PrintOutcome.Result.JAMMED, DeviceState.HARDWARE_ERROR, Supplies.JAMMED),
                new Case("door-open-warning", PrintOutcome.Result.COVER_OPEN, DeviceState.USER_ERROR, Supplies.UNKNOWN),
                new Case("offline-report", PrintOutcome.Result.OFFLINE, DeviceState.OFFLINE, Supplies.UNKNOWN))) {
            CupsDocumentPrinter p = printerReporting(c.reason(), 3);
            try {
                PrintOutcome o = p.printPdf(CupsDocumentPrinterTest.pdf(c.reason()), "fault", "s-" + c.reason());
                assertEquals(c.result(), o.result(), o.toString());
                assertTrue(o.detail().contains(c.reason()), o.detail());
                assertEquals(c.state(), p.status().state(), c.reason());
                assertEquals(c.supplies(), p.status().supplies(), c.reason());
                assertEquals(c.result().citizenMessageKey(), p.status().citizenMessageKey());
                assertEquals(0, jobQueries.get(), "no job was submitted or looked for");
            } finally {
                p.close();
                server.stop(0);
            }
        }
        assertEquals("", ExternalTool.run(List.of("lpstat", "-o", CupsDocumentPrinterTest.QUEUE)).output().trim());
    }

    /** IPP/1.1 response: status successful-ok, operation group, one printer group. */
    static byte[] printerAttributes(String reason, int state, byte[] request) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        o.write(1);
        o.write(1);
        o.write(0);
        o.write(0);
        o.write(request, 4, 4);
        o.write(0x01);
        attr(o, 0x47, "attributes-charset", "utf-8".getBytes(StandardCharsets.US_ASCII));
        attr(o, 0x48, "attributes-natural-language", "en".getBytes(StandardCharsets.US_ASCII));
        o.write(0x04);
        attr(o, 0x23, "printer-state", new byte[] {0, 0, 0, (byte) state});
        attr(o, 0x44, "printer-state-reasons", reason.getBytes(StandardCharsets.US_ASCII));
        attr(o, 0x22, "printer-is-accepting-jobs", new byte[] {1});
        o.write(0x03);
        return o.toByteArray();
    }

    static void attr(ByteArrayOutputStream o, int tag, String name, byte[] value) {
        byte[] n = name.getBytes(StandardCharsets.US_ASCII);
        o.write(tag);
        o.write(n.length >> 8);
        o.write(n.length);
        o.write(n, 0, n.length);
        o.write(value.length >> 8);
        o.write(value.length);
        o.write(value, 0, value.length);
    }
}
