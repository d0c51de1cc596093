package org.govkiosk.kiosk.serial;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.govkiosk.device.DeviceException;
import org.govkiosk.device.DeviceState;
import org.govkiosk.device.idcard.CardListener;
import org.govkiosk.device.idcard.CardRejectedException;
import org.govkiosk.device.idcard.CardWatcher;
import org.govkiosk.device.idcard.IdCardData;
import org.govkiosk.device.idcard.SamCommand;
import org.govkiosk.device.idcard.SamStatus;
import org.govkiosk.identity.DocumentChecks;
import org.govkiosk.identity.IdentityDocument;
import org.govkiosk.sim.idcard.EmulatedCard;
import org.govkiosk.sim.idcard.SamReaderEmulator.Fault;
import org.govkiosk.sim.idcard.SampleCards;
import org.govkiosk.testing.SocatPair;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real jSSC path: driver and emulator on the two ends of a socat pty pair. Each fault gives its
 * documented outcome within the configured timeouts, and the next card reads fine afterwards.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SamReaderOverPtyTest {
    private PtyReader r;

    @BeforeEach
    void setUp() throws Exception {
        r = new PtyReader(SocatPair.start());
    }

    @AfterEach
    void tearDown() throws Exception {
        if (r != null) r.close();
        assertTrue(PtyReader.ourThreads().isEmpty(), "threads left behind: " + PtyReader.ourThreads());
    }

    private void assertReads(IdentityDocument d) throws DeviceException {
        r.emulator.placeCard(EmulatedCard.of(d));
        IdCardData data = r.driver.readOnce().orElseThrow();
        assertEquals(d, data.document());
        assertArrayEquals(EmulatedCard.of(d).photo(), data.wltPhoto());
        r.emulator.removeCard();
    }

    @Test
    void fullReadOfEveryCardType() throws Exception {
        assertEquals("05.01-20101010-0012345678-1234567890", r.driver.samId());
        for (IdentityDocument d : new IdentityDocument[] {SampleCards.residentId(), SampleCards.residentIdLongTerm(),
                SampleCards.hongKongPermit(), SampleCards.foreignPermanent2017(), SampleCards.foreignPermanent2023()}) {
            assertReads(d);
        }
        assertEquals(DeviceState.ONLINE, r.driver.status().state());
    }

    @Test
    void everyFaultHasItsOutcomeAndTheNextCardReads() throws Exception {
        record Case(Fault fault, DeviceException.Code expected, String key) {}
        Case[] cases = {
                new Case(Fault.silence().on(SamCommand.READ_TEXT_PHOTO), DeviceException.Code.TIMEOUT, "idcard.error.noAnswer"),
                new Case(Fault.silence().on(SamCommand.FIND_CARD), DeviceException.Code.TIMEOUT, "idcard.error.noAnswer"),
                new Case(Fault.cardRemovedMidRead(), DeviceException.Code.USER_ERROR, "idcard.error.readFailed"),
        };
        for (Case c : cases) {
            r.emulator.placeCard(EmulatedCard.of(SampleCards.residentId()));
            r.emulator.inject(c.fault());
            DeviceException e = assertThrows(DeviceException.class, r.driver::readOnce, c.fault().toString());
            assertEquals(c.expected(), e.code(), c.fault().toString());
            assertEquals(c.key(), e.citizenMessageKey(), c.fault().toString());
            assertReads(SampleCards.residentId());
        }
    }

    @Test
    void damagedAnswersAreRetriedAndDoubleDamageFailsTyped() throws Exception {
        for (Fault f : new Fault[] {Fault.badChecksum(), Fault.truncated(), Fault.garbage()}) {
            r.emulator.placeCard(EmulatedCard.of(SampleCards.hongKongPermit()));
            r.emulator.inject(f.on(SamCommand.READ_TEXT_PHOTO));
            assertTrue(r.driver.readOnce().isPresent(), f + " absorbed by one retry");
            r.emulator.removeCard();
        }
        r.emulator.placeCard(EmulatedCard.of(SampleCards.hongKongPermit()));
        r.emulator.inject(Fault.truncated().on(SamCommand.READ_TEXT_PHOTO));
        r.emulator.inject(Fault.badChecksum().on(SamCommand.READ_TEXT_PHOTO));
        DeviceException e = assertThrows(DeviceException.class, r.driver::readOnce);
        assertEquals(DeviceException.Code.PROTOCOL, e.code());
        assertReads(SampleCards.foreignPermanent2023());
    }

    @Test
    void everyErrorSw3() throws Exception {
        for (SamStatus s : SamStatus.values()) {
            if (s.errorCode() == null || s == SamStatus.UNKNOWN || s == SamStatus.HOST_CHECKSUM_ERROR || s == SamStatus.HOST_LENGTH_ERROR) continue;
            r.emulator.placeCard(EmulatedCard.of(SampleCards.residentId()));
            r.emulator.inject(Fault.status(s).on(SamCommand.READ_TEXT_PHOTO));
            DeviceException e = assertThrows(DeviceException.class, r.driver::readOnce, s.name());
            assertEquals(s.errorCode(), e.code(), s.name());
            assertEquals(s.citizenMessageKey(), e.citizenMessageKey(), s.name());
            assertReads(SampleCards.residentId());
        }
    }

    @Test
    void slowAnswersWithinAndBeyondTheDeadline() throws Exception {
        r.emulator.setSamDelay(Duration.ofMillis(150));
        assertReads(SampleCards.foreignPermanent2017());
        r.emulator.setSamDelay(Duration.ofMillis(1500));
        assertEquals(DeviceException.Code.TIMEOUT, assertThrows(DeviceException.class, r.driver::readOnce).code());
        r.emulator.setSamDelay(Duration.ZERO);
        Thread.sleep(1600); // let the late answer arrive; the driver must not take it for the next reply
        assertReads(SampleCards.foreignPermanent2017());
    }

    @Test
    void rejectionsOverTheRealPort() throws Exception {
        r.emulator.placeCard(EmulatedCard.of(SampleCards.expiredResidentId()));
        assertEquals(DocumentChecks.Problem.EXPIRED, assertThrows(CardRejectedException.class, r.driver::readOnce).problem());
        r.emulator.placeCard(EmulatedCard.of(SampleCards.badCheckDigitResidentId()));
        assertEquals(DocumentChecks.Problem.BAD_CHECK_DIGIT, assertThrows(CardRejectedException.class, r.driver::readOnce).problem());
    }

    @Test
    void watcherOverThePty() throws Exception {
        BlockingQueue<Object> events = new LinkedBlockingQueue<>();
        CardWatcher w = CardWatcher.fromConfig(r.driver, PtyReader.CONFIG.idCard());
        w.start(new CardListener() {
            @Override public void cardRead(IdCardData data) { events.add(data.document()); }
            @Override public void readFailed(DeviceException error) { events.add(error.citizenMessageKey()); }
            @Override public void cardRemoved() { events.add("removed"); }
        });
        try {
            r.emulator.placeCard(EmulatedCard.of(SampleCards.residentId()));
            assertEquals(SampleCards.residentId(), events.poll(5, TimeUnit.SECONDS));
            r.emulator.removeCard();
            assertEquals("removed", events.poll(5, TimeUnit.SECONDS));
        } finally {
            w.stop();
        }
    }

    @Test
    void emulatorDisconnectMakesOfflineAndANewReaderIsPickedUp(@TempDir Path dir) throws Exception {
        r.close();
        r = null;
        SocatPair socat = SocatPair.startIn(dir.resolve("pty"));
        PtyReader pr = new PtyReader(socat);
        r = pr;
        assertReads(SampleCards.residentId());
        r.emulator.inject(Fault.disconnect());
        assertThrows(DeviceException.class, r.driver::readOnce);
        assertEquals(DeviceState.OFFLINE, r.driver.status().state());
        socat.kill(); // what is left of the cable goes too
        DeviceException e = assertThrows(DeviceException.class, r.driver::readOnce);
        assertEquals(DeviceException.Code.OFFLINE, e.code(), e.technicianDetail());
        assertFalse(Files.exists(Path.of(socat.hostPath())));

        // The reader comes back at the same stable path: no restart, the link reopens with back-off.
        r.emulator.close();
        SocatPair again = SocatPair.startIn(dir.resolve("pty"));
        r.emulator = PtyReader.emulatorOn(again);
        r.emulator.placeCard(EmulatedCard.of(SampleCards.hongKongPermit()));
        IdCardData data = awaitRead();
        assertEquals(SampleCards.hongKongPermit(), data.document());
        assertEquals(DeviceState.ONLINE, r.driver.status().state());
        assertEquals(1, r.hostLink.reopenCount());
        again.close();
    }

    private IdCardData awaitRead() throws Exception {
        DeviceException last = null;
        for (int i = 0; i < 100; i++) {
            try {
                var d = r.driver.readOnce();
                if (d.isPresent()) return d.get();
            } catch (DeviceException e) {
                last = e;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("reader never came back", last);
    }
}
