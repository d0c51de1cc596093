package org.govkiosk.desktop.acceptance;

import static org.govkiosk.desktop.acceptance.AcceptanceRun.assertScreensInOrder;
import static org.govkiosk.desktop.acceptance.AcceptanceRun.gateway;
import static org.govkiosk.desktop.acceptance.AcceptanceRun.run;
import static org.govkiosk.desktop.acceptance.AcceptanceRun.tool;
import static org.govkiosk.desktop.acceptance.AcceptanceRun.zbar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govkiosk.desktop.DesktopKiosk;
import org.govkiosk.desktop.records.DemoCitizens;
import org.govkiosk.records.CertificateStatus;
import org.govkiosk.sim.receipt.EscPosPrinterEmulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 5 through the real application: the sealed certificate and the receipt as they come out of the printers,
 * checked with independent tools (poppler's pdfsig, pdffonts, pdftoppm, pdftotext; zbar's zbarimg), paper out
 * without a phantom print later, and the kiosk's own "verify a document".
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class PrintingAcceptanceTest {
    private static final Pattern CERT_QR = Pattern.compile("^https://\\S+/verify\\?s=([A-Z0-9-]+)&d=([0-9a-f]{64})$");

    /** What the records service says about each printed certificate, asked while the kiosk still runs. */
    private static Function<String, CertificateStatus> statusOf(DesktopKiosk k) {
        var g = gateway(k);
        return serial -> g.verifyCertificate(serial).orNull();
    }

    @Test
    void certificateAndReceiptComeOutSealedAndVerifiable() throws Exception {
        AtomicReference<List<EscPosPrinterEmulator.PrintedReceipt>> receipts = new AtomicReference<>();
        List<CertificateStatus> statuses = new ArrayList<>();
        var r = run("print-certificate-and-receipt", k -> {
            receipts.set(k.receiptEmulator().receipts());
            Path pdf = onlyFile(k.documentPrinter().directory(), ".pdf");
            statuses.add(statusOf(k).apply(serialFromQr(pdf)));
        }).passed();
        assertScreensInOrder(r.report(), "catalog", "result", "print", "done", "attract");

        Path pdf = r.files("prints", ".pdf").get(0);
        assertEquals(1, r.files("prints", ".pdf").size());
        // The electronic seal: a valid signature over the whole document.
        var sig = tool("poppler-utils", "pdfsig", pdf.toString());
        assertEquals(0, sig.exit(), sig.output());
        assertTrue(sig.output().contains("Signature is Valid"), sig.output());
        assertTrue(sig.output().contains("Total document signed"), sig.output());
        // Every font embedded: it prints the same on any printer.
        var fonts = tool("poppler-utils", "pdffonts", pdf.toString());
        assertEquals(0, fonts.exit(), fonts.output());
        assertFontsEmbedded(fonts.output());
        // The QR code, read from the rendered page, names this certificate and its content digest...
        Matcher qr = certificateQr(pdf);
        String serial = qr.group(1);
        var text = tool("poppler-utils", "pdftotext", "-layout", pdf.toString(), "-");
        assertTrue(text.output().contains(serial), "the printed serial " + serial + " is the QR code's");
        assertFalse(text.output().contains(DemoCitizens.HOMEOWNER_WITH_MORTGAGE.document().number()), "ID number masked on paper");
        // ... and the issuing service agrees: valid, same digest, the deed tax item.
        CertificateStatus status = statuses.get(0);
        assertNotNull(status);
        assertEquals(serial, status.serial());
        assertEquals(CertificateStatus.State.VALID, status.state());
        assertEquals(qr.group(2), status.contentDigestHex());
        assertEquals("FC-011", status.itemCode());

        // The receipt: one, cut complete, its PNG's QR code is what the printer was sent.
        assertEquals(1, receipts.get().size());
        EscPosPrinterEmulator.PrintedReceipt receipt = receipts.get().get(0);
        assertTrue(receipt.complete());
        List<Path> pngs = r.files("receipts", ".png");
        assertEquals(1, pngs.size());
        List<String> codes = zbar(pngs.get(0));
        assertEquals(receipt.qrCodes(), codes);
        assertTrue(codes.get(0).startsWith("https://"), codes.toString());
    }

    @Test
    void paperOutSaysSoAndOnlyHerRetryPrints() throws Exception {
        AtomicReference<List<EscPosPrinterEmulator.PrintedReceipt>> receipts = new AtomicReference<>();
        var r = run("print-receipt-paper-out", k -> receipts.set(k.receiptEmulator().receipts())).passed();
        assertScreensInOrder(r.report(), "result", "print", "done", "attract");
        // Exactly one receipt: the one she asked for again, not a queued copy as well.
        assertEquals(1, receipts.get().stream().filter(EscPosPrinterEmulator.PrintedReceipt::complete).count(), receipts.get().toString());
        assertEquals(1, r.files("receipts", ".png").size());
    }

    @Test
    void aReceiptPrinterOutOfPaperBeforeSheChoosesIsShownUnavailableAndTheCertificateStillPrints() throws Exception {
        AtomicReference<List<EscPosPrinterEmulator.PrintedReceipt>> receipts = new AtomicReference<>();
        var r = run("print-receipt-paper-out-before", k -> receipts.set(k.receiptEmulator().receipts())).passed();
        assertScreensInOrder(r.report(), "result", "print", "done", "attract");
        assertEquals(1, r.files("prints", ".pdf").size(), "the certificate printed");
        assertTrue(receipts.get().isEmpty(), "nothing was sent to the empty receipt printer: " + receipts.get());
    }

    @Test
    void paperRefilledAfterSheLeftPrintsNothing() throws Exception {
        AtomicReference<List<EscPosPrinterEmulator.PrintedReceipt>> receipts = new AtomicReference<>();
        AtomicReference<Boolean> paperOut = new AtomicReference<>();
        var r = run("print-receipt-paper-out-leaves", k -> {
            receipts.set(k.receiptEmulator().receipts());
            paperOut.set(k.receiptEmulator().paperIsOut());
        }).passed();
        assertScreensInOrder(r.report(), "print", "attract");
        assertFalse(paperOut.get(), "the paper was refilled");
        assertTrue(receipts.get().stream().noneMatch(EscPosPrinterEmulator.PrintedReceipt::complete), receipts.get().toString());
        assertEquals(List.of(), r.files("receipts", ".png"));
    }

    @Test
    void verifyADocumentSaysGenuine() throws Exception {
        List<CertificateStatus> statuses = new ArrayList<>();
        var r = run("verify-printed-certificate", k -> {
            Path pdf = onlyFile(k.documentPrinter().directory(), ".pdf");
            statuses.add(statusOf(k).apply(serialFromQr(pdf)));
        }).passed();
        assertScreensInOrder(r.report(), "print", "done", "attract", "verify");
        assertEquals(CertificateStatus.State.VALID, statuses.get(0).state());
        assertEquals("FC-002", statuses.get(0).itemCode());
    }

    // ---- helpers -----------------------------------------------------------------------------------

    private static Path onlyFile(Path dir, String suffix) {
        try (var s = Files.list(dir)) {
            List<Path> files = s.filter(p -> p.toString().endsWith(suffix)).toList();
            assertEquals(1, files.size(), files.toString());
            return files.get(0);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String serialFromQr(Path pdf) {
        try {
            return certificateQr(pdf).group(1);
        } catch (Exception e) {
            throw new IllegalStateException("no certificate QR code in " + pdf + ": " + e.getMessage(), e);
        }
    }

    /** Page 1 rendered by pdftoppm at 150 dpi, the QR code decoded by zbarimg. */
    private static Matcher certificateQr(Path pdf) throws Exception {
        Path prefix = pdf.resolveSibling(pdf.getFileName() + "-page");
        var render = tool("poppler-utils", "pdftoppm", "-r", "150", "-f", "1", "-l", "1", "-png", pdf.toString(), prefix.toString());
        assertEquals(0, render.exit(), render.output());
        Path png;
        try (var s = Files.list(pdf.getParent())) {
            png = s.filter(p -> p.getFileName().toString().startsWith(prefix.getFileName().toString()) && p.toString().endsWith(".png"))
                    .findFirst().orElseThrow();
        }
        try {
            List<String> codes = zbar(png);
            assertEquals(1, codes.size(), codes.toString());
            Matcher m = CERT_QR.matcher(codes.get(0));
            assertTrue(m.matches(), codes.get(0));
            return m;
        } finally {
            Files.deleteIfExists(png);
        }
    }

    private static void assertFontsEmbedded(String pdffonts) {
        String[] lines = pdffonts.split("\n");
        int emb = lines[0].indexOf("emb");
        assertTrue(emb > 0 && lines.length > 2, pdffonts);
        for (int i = 2; i < lines.length; i++) {
            if (lines[i].isBlank()) continue;
            assertEquals("yes", lines[i].substring(emb, emb + 3), "embedded: " + lines[i]);
        }
    }
}
