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
        watcher = CardWatcher.fromConfig(f.driver, EmulatedReaderFixture.FAST.idCard());
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

    /** Waits until the watcher has polled the reader a few more times (counted by the emulator, not by the clock). */
    private void letItPoll() throws InterruptedException {
        long target = f.emulator.commandCount() + 6;
        awaitTrue(() -> f.emulator.commandCount() >= target, "six more exchanges with the reader");
    }

    /** Polls {@code condition} until it holds; fails after a generous deadline, saying what was awaited. */
    static void awaitTrue(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) fail("not within 10 s: " + what);
            Thread.sleep(2);
        }
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
        // Several more polls fail the same way (the driver counts each); none of them is reported again.
        long failures = f.driver.statistics().get("linkErrors");
        awaitTrue(() -> f.driver.statistics().get("linkErrors") >= failures + 5, "five more failed polls");
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
        // The card left mid-read: its removal is reported (the screen takes its error away), then it reads again.
        assertEquals("removed", next());
        f.emulator.placeCard(EmulatedCard.of(SampleCards.residentId()));
        assertInstanceOf(IdCardData.class, next());
    }

    @Test
    void cardWhoseReadFailedIsNotReadAgainUntilPlacedAgain() throws Exception {
        // Noise on the read and on the driver's one retry: the card stays on the reader.
        f.emulator.inject(Fault.garbage().on(SamCommand.READ_TEXT_PHOTO));
        f.emulator.inject(Fault.garbage().on(SamCommand.READ_TEXT_PHOTO));
        watcher.start(recorder);
        f.emulator.placeCard(EmulatedCard.of(SampleCards.residentId()));
        assertEquals("idcard.error.readFailed", ((DeviceException) next()).citizenMessageKey());
        letItPoll();
        assertTrue(events.isEmpty(), "no read while the card that failed stays: " + events);
        f.emulator.removeCard();
        assertEquals("removed", next());
        f.emulator.placeCard(EmulatedCard.of(SampleCards.residentId()));
        assertInstanceOf(IdCardData.class, next());
    }

    @Test
    void pollsOnlyWhileStartedAndLeavesNoThread() throws Exception {
        // Before start there is no watcher thread, so nothing can poll (no need to wait and see).
        assertTrue(watcherThreads().isEmpty(), "no watcher thread before start");
        watcher.start(recorder);
        assertTrue(watcher.isRunning());
        assertThrows(IllegalStateException.class, () -> watcher.start(recorder));
        letItPoll();
        watcher.stop();
        assertFalse(watcher.isRunning());
        assertTrue(watcherThreads().isEmpty(), "worker thread gone after stop");
        // stop() joined the only thread that polls: the count cannot move any more.
        long after = f.emulator.commandCount();
        assertFalse(watcher.isRunning());
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
        awaitTrue(() -> f.emulator.commandCount() > 0, "the first (slow) exchange started");
        watcher.stop();
        // stop() returns once the worker is gone: only it delivers events, so none can arrive later.
        assertTrue(watcherThreads().isEmpty(), "the worker has ended");
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
