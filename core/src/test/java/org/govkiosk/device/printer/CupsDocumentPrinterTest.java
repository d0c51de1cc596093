package org.govkiosk.device.printer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.govkiosk.config.KioskSettings;
import org.govkiosk.config.PrinterConfig;
import org.govkiosk.device.DeviceException;
import org.govkiosk.device.DeviceState;
import org.govkiosk.testing.ExternalTool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A4 printing through a real CUPS scheduler and the cups-pdf queue, both set up by scripts/ci-cups-setup. The
 * queue is this test's own, so the kiosk's queue and other tests are not disturbed.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class CupsDocumentPrinterTest {
    static final String QUEUE = "GovKioskTest";
    static Path outDir;
    CupsDocumentPrinter printer;
    final java.util.List<PrintOutcome> printed = new java.util.ArrayList<>();

    @BeforeAll
    static void cups() throws Exception {
        ExternalTool.require("cupsd", "cups");
        ExternalTool.require("lpr", "cups-bsd");
        ExternalTool.require("lpadmin", "cups");
        Path script = findScript();
        ExternalTool.Result r = ExternalTool.run(List.of(script.toString(), QUEUE));
        if (r.exit() != 0 && !"true".equalsIgnoreCase(System.getenv("CI"))) {
            org.junit.jupiter.api.Assumptions.assumeTrue(false, "CUPS could not be set up here (needs root for cupsd): " + r.output());
        }
        assertEquals(0, r.exit(), r.output());
        outDir = Path.of(System.getProperty("user.home"), "PDF");
    }

    @AfterAll
    static void removeQueue() throws Exception {
        ExternalTool.run(List.of("lpadmin", "-x", QUEUE));
    }

    @BeforeEach
    void open() throws Exception {
        printer = new CupsDocumentPrinter(config(Map.of()));
        printer.start();
    }

    @AfterEach
    void close() throws Exception {
        printer.close();
        for (PrintOutcome o : printed) {
            Optional<Path> out = output(o);
            if (out.isPresent()) Files.delete(out.get());
        }
        ExternalTool.run(List.of("lpadmin", "-p", QUEUE, "-o", "job-hold-until-default=no-hold"));
        ExternalTool.run(List.of("cupsenable", QUEUE));
        ExternalTool.run(List.of("cupsaccept", QUEUE));
        ExternalTool.run(List.of("cancel", "-a", QUEUE));
    }

    static PrinterConfig config(Map<String, String> more) {
        Map<String, String> m = new java.util.HashMap<>(Map.of("printer.queue", QUEUE, "printer.pollInterval", "200ms"));
        m.putAll(more);
        return KioskSettings.of(m).printer();
    }

    @Test
    void printedPdfArrivesInTheCupsPdfFolder() throws Exception {
        byte[] pdf = pdf("GovKiosk CUPS test page 42");
        PrintOutcome o = keep(printer.printPdf(pdf, "certificate", "s-1"));
        assertTrue(o.printed(), o.toString());
        Path out = output(o).orElseThrow(() -> new AssertionError("no cups-pdf output for " + o));
        try (PDDocument d = Loader.loadPDF(Files.readAllBytes(out))) {
            assertEquals(1, d.getNumberOfPages());
            assertTrue(new PDFTextStripper().getText(d).contains("page 42"));
        }
        assertEquals(DeviceState.ONLINE, printer.status().state());
    }

    @Test
    void theSameDocumentIsNotPrintedTwiceInASession() throws Exception {
        byte[] pdf = pdf("once only");
        assertTrue(keep(printer.printPdf(pdf, "once", "s-2")).printed());
        DeviceException e = assertThrows(DeviceException.class, () -> printer.printPdf(pdf, "once", "s-2"));
        assertEquals("print.duplicate", e.citizenMessageKey());
    }

    @Test
    void disabledOrRejectingQueueRefusesBeforeSending() throws Exception {
        ExternalTool.run(List.of("cupsdisable", "-r", "test: stopped", QUEUE));
        PrintOutcome stopped = printer.printPdf(pdf("stopped"), "stopped", "s-3");
        assertEquals(PrintOutcome.Result.OFFLINE, stopped.result(), stopped.toString());
        assertEquals(DeviceState.OFFLINE, printer.status().state());
        assertEquals("", ExternalTool.run(List.of("lpstat", "-o", QUEUE)).output().trim(), "no job was queued");

        ExternalTool.run(List.of("cupsenable", QUEUE));
        ExternalTool.run(List.of("cupsreject", "-r", "test: rejecting", QUEUE));
        assertEquals(PrintOutcome.Result.OFFLINE, printer.printPdf(pdf("rejecting"), "rejecting", "s-3").result());
        ExternalTool.run(List.of("cupsaccept", QUEUE));
        assertTrue(keep(printer.printPdf(pdf("stopped"), "stopped", "s-3")).printed(), "a refused document may be printed once the queue is back");
    }

    @Test
    void aJobThatDoesNotStartIsCancelledAndNeverPrints() throws Exception {
        ExternalTool.run(List.of("lpadmin", "-p", QUEUE, "-o", "job-hold-until-default=indefinite"));
        printer.close();
        printer = new CupsDocumentPrinter(config(Map.of("printer.jobStartTimeout", "2s")));
        printer.start();
        PrintOutcome o = printer.printPdf(pdf("held"), "held", "s-4");
        assertEquals(PrintOutcome.Result.OFFLINE, o.result(), o.toString());
        assertTrue(o.detail().contains("cancelled"), o.detail());
        assertJobCancelled(o);
    }

    @Test
    void endingTheSessionCancelsItsWaitingJob() throws Exception {
        ExternalTool.run(List.of("lpadmin", "-p", QUEUE, "-o", "job-hold-until-default=indefinite"));
        CompletableFuture<PrintOutcome> job = CompletableFuture.supplyAsync(() -> {
            try {
                return printer.printPdf(pdf("for the last citizen"), "last", "s-5");
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        waitForHeldJob();
        printer.cancelPending("s-5");
        PrintOutcome o = job.get(30, TimeUnit.SECONDS);
        assertEquals(PrintOutcome.Result.CANCELLED, o.result(), o.toString());
        assertJobCancelled(o);
    }

    /** Remembers a printed job so its cups-pdf output is removed after the test. */
    private PrintOutcome keep(PrintOutcome o) {
        if (o.printed()) printed.add(o);
        return o;
    }

    private void assertJobCancelled(PrintOutcome o) throws Exception {
        int id = jobId(o);
        IppClient.Group g = new IppClient("localhost:631").jobAttributes(QUEUE, id).groups(0x02).get(0);
        assertEquals(7, g.integer("job-state", 0), "CUPS job state canceled");
        ExternalTool.run(List.of("lpadmin", "-p", QUEUE, "-o", "job-hold-until-default=no-hold"));
        assertTrue(output(o).isEmpty(), "nothing came out");
    }

    private static void waitForHeldJob() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            if (!ExternalTool.run(List.of("lpstat", "-o", QUEUE)).output().isBlank()) return;
            Thread.sleep(100);
        }
        throw new AssertionError("no job appeared in " + QUEUE);
    }

    static int jobId(PrintOutcome o) {
        Matcher m = Pattern.compile(QUEUE + "-(\\d+)").matcher(o.detail());
        assertTrue(m.find(), o.detail());
        return Integer.parseInt(m.group(1));
    }

    static Optional<Path> output(PrintOutcome o) throws Exception {
        String suffix = "-job_" + jobId(o) + ".pdf";
        if (!Files.isDirectory(outDir)) return Optional.empty();
        try (var files = Files.list(outDir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix)).findFirst();
        }
    }

    static byte[] pdf(String text) throws Exception {
        try (PDDocument d = new PDDocument()) {
            PDPage page = new PDPage();
            d.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(d, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                cs.newLineAtOffset(72, 700);
                cs.showText(text + " " + System.nanoTime());
                cs.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            d.save(out);
            return out.toByteArray();
        }
    }

    static Path findScript() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path s = d.resolve("scripts/ci-cups-setup");
            if (Files.isExecutable(s)) return s;
        }
        throw new IllegalStateException("scripts/ci-cups-setup not found above " + Path.of("").toAbsolutePath());
    }
}
