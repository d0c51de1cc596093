package org.govkiosk.device.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.govkiosk.certificate.QrCodes;
import org.govkiosk.device.DeviceState;
import org.govkiosk.device.Supplies;
import org.govkiosk.device.printer.PrintOutcome;
import org.govkiosk.sim.link.PipeLink;
import org.govkiosk.sim.receipt.EscPosPrinterEmulator;
import org.govkiosk.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The driver against the emulator over an in-process pipe; the same pair over real jSSC ptys runs in kiosk. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class EscPosReceiptPrinterTest {
    @TempDir Path dir;
    PipeLink[] pipe;
    EscPosPrinterEmulator emulator;
    EscPosReceiptPrinter printer;
    final ReceiptFactory factory = new ReceiptFactory(ReceiptFixtures.config());

    @BeforeEach
    void start() throws Exception {
        pipe = PipeLink.pair("receipt");
        emulator = new EscPosPrinterEmulator(pipe[1], dir).start();
        printer = new EscPosReceiptPrinter(pipe[0], ReceiptFixtures.config().receipt());
        printer.start();
    }

    @AfterEach
    void stop() {
        printer.close();
        emulator.close();
    }

    Receipt si() {
        return factory.paymentProof(ReceiptFixtures.socialInsurance(), ReceiptFixtures.socialInsuranceRecord(), "张三丰", Messages.ZH, ReceiptFixtures.PRINTED_AT);
    }

    Receipt hf() {
        return factory.paymentProof(ReceiptFixtures.providentFund(), ReceiptFixtures.providentFundRecord(), "李四", Messages.ZH, ReceiptFixtures.PRINTED_AT);
    }

    @Test
    void printsContentQrAndCut() throws Exception {
        Receipt r = si();
        PrintOutcome o = printer.printReceipt(r, "s-1");
        assertTrue(o.printed(), o.toString());
        List<EscPosPrinterEmulator.PrintedReceipt> out = emulator.receipts();
        assertEquals(1, out.size());
        EscPosPrinterEmulator.PrintedReceipt p = out.get(0);
        assertTrue(p.complete(), "cut");
        assertTrue(p.text().contains("社会保险缴费凭证"), p.text());
        assertTrue(p.text().contains("缴费人：张**"), p.text());
        assertFalse(p.text().contains("张三丰"), "payer name is masked");
        assertTrue(p.text().contains("2026-10：545.60"), p.text());
        assertTrue(p.text().contains("ZZ-GX-0001"), p.text());
        assertEquals(List.of(r.qrPayload()), p.qrCodes());
        assertEquals(r.qrPayload(), QrCodes.decode(ImageIO.read(p.png().toFile())).orElseThrow());
        assertEquals(DeviceState.ONLINE, printer.status().state());
        assertEquals(0, emulator.unknownCommands());
        assertEquals(1, printer.statistics().get("receipts"));
    }

    @Test
    void aDoubleTapDoesNotPrintTheSameProofTwice() throws Exception {
        assertTrue(printer.printReceipt(si(), "s-1").printed());
        org.govkiosk.device.DeviceException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.govkiosk.device.DeviceException.class, () -> printer.printReceipt(si(), "s-1"));
        assertEquals("print.duplicate", e.citizenMessageKey());
        assertEquals(1, emulator.receipts().size());
        assertTrue(printer.printReceipt(si(), "s-2").printed(), "the next citizen session is independent");
        printer.endSession("s-2");
        assertThrows(org.govkiosk.device.DeviceException.class, () -> printer.printReceipt(hf(), "s-2"));
    }

    @Test
    void providentFundReceiptHasItsOwnTitle() throws Exception {
        assertTrue(printer.printReceipt(hf(), "s-1").printed());
        assertTrue(emulator.receipts().get(0).text().contains("住房公积金缴存凭证"));
    }

    @Test
    void paperOutBeforeSendsNothing() throws Exception {
        emulator.paperOut();
        PrintOutcome o = printer.printReceipt(si(), "s-1");
        assertEquals(PrintOutcome.Result.PAPER_OUT, o.result());
        assertEquals(0, emulator.heldCommands(), "nothing was queued in the printer");
        assertEquals(Supplies.OUT, printer.status().supplies());
        assertEquals(DeviceState.USER_ERROR, printer.status().state());
        emulator.refill();
        assertTrue(emulator.receipts().isEmpty(), "nothing prints after the refill");
    }

    @Test
    void paperOutMidReceiptIsReportedAndNeverResumedAfterRefill() throws Exception {
        emulator.runOutOfPaperAfterLines(4);
        PrintOutcome o = printer.printReceipt(si(), "s-1");
        assertEquals(PrintOutcome.Result.PAPER_OUT, o.result(), o.toString());
        assertEquals(1, emulator.receipts().size());
        assertFalse(emulator.receipts().get(0).complete(), "the stub is torn off incomplete");
        assertEquals(0, emulator.heldCommands(), "the driver cleared the printer's buffers");

        emulator.refill();
        assertEquals(1, emulator.receipts().size(), "nothing of the stopped receipt is printed after the refill");
        assertTrue(printer.printReceipt(si(), "s-1").printed(), "asked again after the refill, it prints once");
        PrintOutcome next = printer.printReceipt(hf(), "s-2");
        assertTrue(next.printed(), next.toString());
        assertEquals(3, emulator.receipts().size());
        EscPosPrinterEmulator.PrintedReceipt second = emulator.receipts().get(2);
        assertTrue(second.complete());
        assertTrue(second.text().contains("住房公积金缴存凭证"));
        assertFalse(second.text().contains("社会保险"), "no leftovers of the previous citizen's receipt: " + second.text());
    }

    @Test
    void nearEndPrintsAndWarnsTheTechnician() throws Exception {
        emulator.setPaperNearEnd(true);
        assertTrue(printer.printReceipt(si(), "s-1").printed());
        assertEquals(Supplies.LOW, printer.status().supplies());
        assertTrue(printer.status().usable());
    }

    @Test
    void coverOpenAndCutterErrorStopPrinting() throws Exception {
        emulator.openCover();
        assertEquals(PrintOutcome.Result.COVER_OPEN, printer.printReceipt(si(), "s-1").result());
        emulator.closeCover();
        assertTrue(emulator.receipts().isEmpty());
        emulator.setCutterError(true);
        assertEquals(PrintOutcome.Result.JAMMED, printer.printReceipt(si(), "s-1").result());
        assertEquals(DeviceState.HARDWARE_ERROR, printer.status().state());
    }

    @Test
    void silenceGarbageAndUnplugAreTypedOutcomes() throws Exception {
        emulator.garbleStatusReplies(1);
        PrintOutcome garbage = printer.printReceipt(si(), "s-1");
        assertEquals(PrintOutcome.Result.FAILED, garbage.result());
        assertTrue(garbage.detail().contains("0xFF"), garbage.detail());
        assertTrue(emulator.receipts().isEmpty());
        assertTrue(printer.printReceipt(si(), "s-1").printed(), "recovers once the line is clean");

        emulator.setMute(true);
        assertEquals(PrintOutcome.Result.OFFLINE, printer.printReceipt(si(), "s-3").result());
        assertEquals(DeviceState.OFFLINE, printer.status().state());
        emulator.setMute(false);

        pipe[0].unplug();
        assertEquals(PrintOutcome.Result.OFFLINE, printer.printReceipt(si(), "s-3").result());
        assertEquals(1, emulator.receipts().size());
    }

    @Test
    void encoderSpeaksGb18030AndQrCommands() {
        byte[] bytes = new ReceiptLayout(48).encode(si()).get(0);
        String hex = java.util.HexFormat.of().formatHex(bytes);
        assertTrue(hex.startsWith("1b401c26"), "init then Chinese mode: " + hex.substring(0, 16));
        assertTrue(hex.contains(java.util.HexFormat.of().formatHex("社会保险".getBytes(java.nio.charset.Charset.forName("GB18030")))));
        byte[] tail = new ReceiptLayout(48).encode(si()).get(1);
        String t = java.util.HexFormat.of().formatHex(tail);
        assertTrue(t.contains("1d286b0300315130"), "GS ( k fn 81 print");
        assertTrue(t.endsWith("1d564200"), "feed and cut last");
        assertEquals("\u25A1".length(), 1);
        assertEquals(2, EscPosEncoder.gb18030("\uD840\uDC00").length, "4-byte GB18030 characters are replaced");
    }
}
