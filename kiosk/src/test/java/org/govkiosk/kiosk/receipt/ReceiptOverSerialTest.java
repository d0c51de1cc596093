package org.govkiosk.kiosk.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.govkiosk.certificate.QrCodes;
import org.govkiosk.device.Supplies;
import org.govkiosk.device.printer.PrintOutcome;
import org.govkiosk.device.receipt.EscPosReceiptPrinter;
import org.govkiosk.device.receipt.Receipt;
import org.govkiosk.device.receipt.ReceiptFactory;
import org.govkiosk.device.receipt.ReceiptFixtures;
import org.govkiosk.kiosk.serial.JsscLink;
import org.govkiosk.sim.receipt.EscPosPrinterEmulator;
import org.govkiosk.testing.SocatPair;
import org.govkiosk.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The production driver on a real jSSC port, the emulator on the other end of a socat pty pair. */
@Timeout(value = 40, unit = TimeUnit.SECONDS)
class ReceiptOverSerialTest {
    @TempDir Path dir;
    SocatPair pair;
    JsscLink host;
    JsscLink device;
    EscPosPrinterEmulator emulator;
    EscPosReceiptPrinter printer;
    final ReceiptFactory factory = new ReceiptFactory(ReceiptFixtures.config());

    @BeforeEach
    void start() throws Exception {
        pair = SocatPair.start();
        host = JsscLink.open(pair.hostPath(), 115200);
        device = JsscLink.open(pair.devicePath(), 115200);
        emulator = new EscPosPrinterEmulator(device, dir).start();
        printer = new EscPosReceiptPrinter(host, ReceiptFixtures.config().receipt());
        printer.start();
    }

    @AfterEach
    void stop() throws Exception {
        if (printer != null) printer.close();
        if (emulator != null) emulator.close();
        if (device != null) device.close();
        if (pair != null) pair.close();
    }

    Receipt socialInsurance() {
        return factory.paymentProof(ReceiptFixtures.socialInsurance(), ReceiptFixtures.socialInsuranceRecord(), "张三丰", Messages.ZH, ReceiptFixtures.PRINTED_AT);
    }

    Receipt providentFund() {
        return factory.paymentProof(ReceiptFixtures.providentFund(), ReceiptFixtures.providentFundRecord(), "李四", Messages.ZH, ReceiptFixtures.PRINTED_AT);
    }

    @Test
    void receiptArrivesWithChineseTextQrAndCut() throws Exception {
        Receipt r = socialInsurance();
        PrintOutcome o = printer.printReceipt(r, "s-1");
        assertTrue(o.printed(), o.toString());
        EscPosPrinterEmulator.PrintedReceipt p = emulator.receipts().get(0);
        assertTrue(p.complete());
        assertTrue(p.text().contains("社会保险缴费凭证"), p.text());
        assertTrue(p.text().contains("城镇职工基本养老保险"), p.text());
        assertEquals(r.qrPayload(), QrCodes.decode(ImageIO.read(p.png().toFile())).orElseThrow());
        assertEquals(0, emulator.unknownCommands());
    }

    @Test
    void paperOutBeforeTheReceiptPrintsNothing() throws Exception {
        emulator.paperOut();
        assertEquals(PrintOutcome.Result.PAPER_OUT, printer.printReceipt(socialInsurance(), "s-1").result());
        assertEquals(Supplies.OUT, printer.status().supplies());
        emulator.refill();
        assertTrue(emulator.receipts().isEmpty());
    }

    @Test
    void paperOutMidReceiptIsNotReprintedAfterRefill() throws Exception {
        emulator.runOutOfPaperAfterLines(6);
        assertEquals(PrintOutcome.Result.PAPER_OUT, printer.printReceipt(socialInsurance(), "s-1").result());
        assertEquals(1, emulator.receipts().size());
        assertFalse(emulator.receipts().get(0).complete());
        emulator.refill();
        assertEquals(1, emulator.receipts().size(), "the stopped receipt does not resume");
        assertTrue(printer.printReceipt(providentFund(), "s-2").printed());
        assertEquals(2, emulator.receipts().size());
        assertFalse(emulator.receipts().get(1).text().contains("社会保险"));
    }

    @Test
    void pullingTheCableIsOffline() throws Exception {
        pair.kill();
        assertEquals(PrintOutcome.Result.OFFLINE, printer.printReceipt(socialInsurance(), "s-1").result());
    }
}
