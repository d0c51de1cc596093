package org.govkiosk.desktop.acceptance;

import static org.govkiosk.desktop.acceptance.AcceptanceRun.assertScreensInOrder;
import static org.govkiosk.desktop.acceptance.AcceptanceRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.govkiosk.desktop.records.DemoCitizens;
import org.govkiosk.device.DeviceKind;
import org.govkiosk.device.DeviceState;
import org.govkiosk.device.indicator.Indicators;
import org.govkiosk.sim.receipt.EscPosPrinterEmulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Issue 3 through the real application: card in, session with her identity; faults, refusals, no reader. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class IdCardAcceptanceTest {
    private static final String HOMEOWNER_NUMBER = DemoCitizens.HOMEOWNER_WITH_MORTGAGE.document().number();

    @Test
    void cardStartsHerSessionAndTakingItBackEndsIt() throws Exception {
        AtomicReference<List<EscPosPrinterEmulator.PrintedReceipt>> receipts = new AtomicReference<>();
        AtomicReference<Boolean> cardLeft = new AtomicReference<>();
        AtomicReference<Indicators.Light> light = new AtomicReference<>();
        var r = run("idcard-session", k -> {
            receipts.set(k.receiptEmulator().receipts());
            cardLeft.set(k.cardEmulator().hasCard());
            light.set(k.indicators().statusLight());
        }).passed();
        assertScreensInOrder(r.report(), "attract", "identify", "catalog", "result", "print", "done", "attract");
        assertFalse(cardLeft.get(), "the card is out of the reader");
        assertEquals(Indicators.Light.GREEN, light.get(), "available again for the next citizen");
        // The receipt the emulator cut carries her masked name, never her full name or ID number.
        assertEquals(1, receipts.get().size());
        String text = receipts.get().get(0).text();
        assertTrue(text.contains("王**"), text);
        assertFalse(text.contains("王建国"), text);
        assertFalse(text.contains(HOMEOWNER_NUMBER), text);
    }

    @Test
    void readerFaultsShowWordsAndTheNextCardStillReads() throws Exception {
        AtomicReference<Integer> pending = new AtomicReference<>();
        AtomicReference<DeviceState> state = new AtomicReference<>();
        var r = run("idcard-reader-faults", k -> {
            pending.set(k.cardEmulator().pendingFaults());
            state.set(k.services().devices().statusOf(DeviceKind.ID_CARD_READER).state());
        }).passed();
        assertScreensInOrder(r.report(), "identify", "catalog", "attract");
        // All four injected faults hit card reads (none was left over for a later poll).
        assertEquals(0, pending.get());
        assertEquals(DeviceState.ONLINE, state.get());
    }

    @Test
    void expiredAndBadCheckDigitCardsAreRefused() throws Exception {
        AtomicReference<Integer> receipts = new AtomicReference<>();
        var r = run("idcard-refused", k -> receipts.set(k.receiptEmulator().receipts().size())).passed();
        // Neither card got past "who are you?".
        assertFalse(r.report().screens().contains("catalog"), r.report().screens().toString());
        assertEquals(0, receipts.get());
    }

    @Test
    void unpluggedReaderLeavesFaceAndAppCodeUsable() throws Exception {
        AtomicReference<DeviceState> reader = new AtomicReference<>();
        var r = run("idcard-unplugged", k -> {
            // The replug at the end of the scenario: the driver asks the reader itself, nobody polls on attract.
            var devices = k.services().devices();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (devices.statusOf(DeviceKind.ID_CARD_READER).state() != DeviceState.ONLINE) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("reader not back ONLINE within 30 s of the replug: "
                            + devices.statusOf(DeviceKind.ID_CARD_READER));
                }
                sleep();
            }
            reader.set(devices.statusOf(DeviceKind.ID_CARD_READER).state());
        }).passed();
        // Two sessions, by app code and by face, while the reader was away.
        assertScreensInOrder(r.report(), "identify", "catalog", "attract", "identify", "catalog", "attract");
        assertFalse(r.report().screens().contains("outOfService"));
        assertEquals(DeviceState.ONLINE, reader.get());
    }

    @Test
    void aCardOnTheAttractScreenStartsHerVisitAndLeavingAsksForIt() throws Exception {
        AtomicReference<Long> amber = new AtomicReference<>();
        AtomicReference<Indicators.Light> lightAfter = new AtomicReference<>();
        var r = run("card-on-attract", k -> {
            amber.set(k.indicators().statistics().get("light.amber"));
            lightAfter.set(k.indicators().statusLight());
        }).passed();
        assertScreensInOrder(r.report(), "attract", "identify", "catalog", "takeCard", "attract");
        assertTrue(amber.get() >= 1, "the light turned amber while her card was asked for");
        assertEquals(Indicators.Light.GREEN, lightAfter.get(), "green again once the card was taken");
    }

    @Test
    void aCardLeftBehindNeverLogsTheNextPersonIn() throws Exception {
        AtomicReference<Boolean> cardStillThere = new AtomicReference<>();
        var r = run("card-left-behind", k -> cardStillThere.set(k.cardEmulator().hasCard())).passed();
        assertTrue(cardStillThere.get(), "the scenario left her card in the reader");
        assertScreensInOrder(r.report(), "identify", "catalog", "attract", "identify", "attract");
        assertEquals(1, r.report().screens().stream().filter("catalog"::equals).count(), r.report().screens().toString());
    }

    static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
