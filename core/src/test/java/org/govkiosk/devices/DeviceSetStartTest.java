package org.govkiosk.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.govkiosk.device.AbstractDevice;
import org.govkiosk.device.DeviceException;
import org.govkiosk.device.DeviceKind;
import org.govkiosk.device.DeviceState;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The devices start side by side: one that answers slowly does not hold the others back. */
class DeviceSetStartTest {
    /** A reader whose enabling does what the test tells it to. */
    static final class Reader extends AbstractDevice implements org.govkiosk.device.idcard.IdCardReader {
        interface Enabling { void run() throws DeviceException; }
        private final Enabling enabling;
        Reader(String id, Enabling enabling) { super(id, DeviceKind.ID_CARD_READER); this.enabling = enabling; }
        @Override protected void doEnable() throws DeviceException { enabling.run(); }
        @Override public java.util.Optional<org.govkiosk.device.idcard.IdCardData> readOnce() { return java.util.Optional.empty(); }
        @Override public boolean cardPresent() { return false; }
    }

    static final class Printer extends AbstractDevice implements org.govkiosk.device.receipt.ReceiptPrinter {
        private final Reader.Enabling enabling;
        Printer(Reader.Enabling enabling) { super("receipt", DeviceKind.RECEIPT_PRINTER); this.enabling = enabling; }
        @Override protected void doEnable() throws DeviceException { enabling.run(); }
        @Override public org.govkiosk.device.printer.PrintOutcome printReceipt(org.govkiosk.device.receipt.Receipt r, String sessionId) { throw new UnsupportedOperationException(); }
    }

    @Test
    void eachDeviceStartsWhileTheOthersDo() {
        // Each device's start waits until the other's has begun: started one after the other, neither would finish.
        CountDownLatch bothBegun = new CountDownLatch(2);
        List<String> threads = new CopyOnWriteArrayList<>();
        Reader.Enabling meetTheOther = () -> {
            threads.add(Thread.currentThread().getName());
            bothBegun.countDown();
            try {
                if (!bothBegun.await(20, TimeUnit.SECONDS)) throw new DeviceException(DeviceException.Code.TIMEOUT, "device.timeout", "the other device never began");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        Reader reader = new Reader("idcard", meetTheOther);
        Printer printer = new Printer(meetTheOther);
        DeviceSet set = DeviceSet.builder().idCard(reader).receiptPrinter(printer).build();

        set.startAll(LoggerFactory.getLogger(getClass()));

        assertEquals(DeviceState.ONLINE, reader.status().state());
        assertEquals(DeviceState.ONLINE, printer.status().state());
        assertEquals(2, threads.stream().distinct().count(), "two threads: " + threads);
    }

    @Test
    void aDeviceThatFailsToStartStopsNoOtherAndABugIsThrownAfterAllHaveStarted() {
        Reader unplugged = new Reader("idcard", () -> {
            throw new DeviceException(DeviceException.Code.TIMEOUT, "device.timeout", "no answer on /dev/ttyUSB0");
        });
        Printer printer = new Printer(() -> { });
        DeviceSet set = DeviceSet.builder().idCard(unplugged).receiptPrinter(printer).build();
        set.startAll(LoggerFactory.getLogger(getClass()));
        assertEquals(DeviceState.ONLINE, printer.status().state(), "the printer started although the reader did not");

        IllegalStateException bug = new IllegalStateException("a driver's bug");
        Printer ok = new Printer(() -> { });
        Reader buggy = new Reader("idcard", () -> { throw bug; });
        DeviceSet withABug = DeviceSet.builder().idCard(buggy).receiptPrinter(ok).build();
        assertSame(bug, assertThrows(IllegalStateException.class, () -> withABug.startAll(LoggerFactory.getLogger(getClass()))));
        assertEquals(DeviceState.ONLINE, ok.status().state(), "the other device started before the bug was thrown");
    }
}
