package org.govkiosk.device.idcard;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.govkiosk.device.DeviceException;
import org.govkiosk.identity.DocumentChecks;
import org.govkiosk.sim.idcard.EmulatedCard;
import org.govkiosk.sim.idcard.SamReaderEmulator.Fault;
import org.govkiosk.sim.idcard.SampleCards;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
class CardWatcherTest {
    private EmulatedReaderFixture f;
    private CardWatcher watcher;
    private final BlockingQueue<Object> events = new LinkedBlockingQueue<>();

    private final CardListener recorder = new CardListener() {
        @Override public void cardRead(IdCardData data) { events.add(data); }
        @Override public void readFailed(DeviceException error) { events.add(error); }
        @Override public void cardRemoved() { events.add("removed"); }
    };

    @BeforeEach
    void setUp() throws Exception {
        f = new EmulatedReaderFixture();
        watcher = CardWatcher.fromConfig(f.driver, EmulatedReaderFixture.FAST);
    }

    @AfterEach
    void tearDown() {
        watcher.stop();
        f.close();
    }

    private Object next() throws InterruptedException {
        Object e = events.poll(5, TimeUnit.SECONDS);
        assertNotNull(e, "expected an event");
        return e;
    }

    /** Waits until the watcher has polled the reader a few more times. */
    private void letItPoll() throws InterruptedException {
        long target = f.emulator.commandCount() + 6;
        while (f.emulator.commandCount() < target) Thread.sleep(5);
    }

    @Test
    void readsOnceWaitsForRemovalThenReadsTheNextCard() throws Exception {
        watcher.start(recorder);
        f.emulator.placeCard(EmulatedCard.of(SampleCards.residentId()));
        IdCardData first = (IdCardData) next();
        assertEquals(SampleCards.residentId(), first.document());
        letItPoll();
        assertTrue(events.isEmpty(), "no second read while the card stays: " + events);
        assertEquals(1, f.driver.statistics().get("reads"));

        f.emulator.removeCard();
        assertEquals("removed", next());
        f.emulator.placeCard(EmulatedCard.of(SampleCards.foreignPermanent2017()));
        assertEquals(SampleCards.foreignPermanent2017(), ((IdCardData) next()).document());
    }

    @Test
    void rejectedCardIsReportedOnceAndWaitsForRemoval() throws Exception {
        watcher.start(recorder);
        f.emulator.placeCard(EmulatedCard.of(SampleCards.expiredResidentId()));
        CardRejectedException e = (CardRejectedException) next();
        assertEquals(DocumentChecks.Problem.EXPIRED, e.problem());
        letItPoll();
        assertTrue(events.isEmpty(), "the rejected card is not re-read: " + events);
        f.emulator.removeCard();
        assertEquals("removed", next());
    }

    @Test
    void repeatedFailureIsReportedOnceAndRecoveryReadsTheCard() throws Exception {
        f.pipe[0].unplug();
        watcher.start(recorder);
        DeviceException e = (DeviceException) next();
        assertEquals(DeviceException.Code.OFFLINE, e.code());
        Thread.sleep(100); // several polls fail the same way meanwhile
        assertTrue(events.isEmpty(), "the same failure is not repeated: " + events);
        f.emulator.placeCard(EmulatedCard.of(SampleCards.hongKongPermit()));
        f.pipe[0].replug();
        assertEquals(SampleCards.hongKongPermit(), ((IdCardData) next()).document());
    }

    @Test
    void readFailureMidReadIsReportedAndTheCardIsReadWhenPlacedAgain() throws Exception {
        f.emulator.inject(Fault.cardRemovedMidRead());
        watcher.start(recorder);
        f.emulator.placeCard(EmulatedCard.of(SampleCards.residentId()));
        assertEquals("idcard.error.readFailed", ((DeviceException) next()).citizenMessageKey());
        f.emulator.placeCard(EmulatedCard.of(SampleCards.residentId()));
        assertInstanceOf(IdCardData.class, next());
    }

    @Test
    void pollsOnlyWhileStartedAndLeavesNoThread() throws Exception {
        long before = f.emulator.commandCount();
        Thread.sleep(100);
        assertEquals(before, f.emulator.commandCount(), "nothing polls before start");
        watcher.start(recorder);
        assertTrue(watcher.isRunning());
        assertThrows(IllegalStateException.class, () -> watcher.start(recorder));
        letItPoll();
        watcher.stop();
        assertFalse(watcher.isRunning());
        assertTrue(watcherThreads().isEmpty(), "worker thread gone after stop");
        long after = f.emulator.commandCount();
        Thread.sleep(100);
        assertEquals(after, f.emulator.commandCount(), "no polling after stop");
        watcher.start(recorder); // restartable for the next citizen
        f.emulator.placeCard(EmulatedCard.of(SampleCards.residentId()));
        assertInstanceOf(IdCardData.class, next());
        watcher.stop();
        assertTrue(watcherThreads().isEmpty());
    }

    @Test
    void stopDuringASlowReadDeliversNothingAfterwards() throws Exception {
        f.emulator.setSamDelay(Duration.ofMillis(60));
        f.emulator.placeCard(EmulatedCard.of(SampleCards.residentId()));
        watcher.start(recorder);
        while (f.emulator.commandCount() == 0) Thread.sleep(2);
        watcher.stop();
        Thread.sleep(200);
        assertTrue(events.isEmpty(), "no event after stop returned: " + events);
    }

    @Test
    void listenerExceptionsDoNotKillTheWatcher() throws Exception {
        watcher.start(new CardListener() {
            @Override public void cardRead(IdCardData data) { events.add(data); throw new IllegalStateException("UI bug"); }
            @Override public void readFailed(DeviceException error) { }
            @Override public void cardRemoved() { events.add("removed"); }
        });
        f.emulator.placeCard(EmulatedCard.of(SampleCards.residentId()));
        assertInstanceOf(IdCardData.class, next());
        f.emulator.removeCard();
        assertEquals("removed", next());
    }

    private static List<Thread> watcherThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("idcard-watcher") && t.isAlive()).toList();
    }
}
