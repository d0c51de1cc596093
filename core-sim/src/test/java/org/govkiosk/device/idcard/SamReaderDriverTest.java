package org.govkiosk.device.idcard;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.govkiosk.config.KioskSettings;
import org.govkiosk.device.DeviceException;
import org.govkiosk.device.DeviceState;
import org.govkiosk.device.HealthLevel;
import org.govkiosk.device.HealthReport;
import org.govkiosk.identity.DocumentChecks;
import org.govkiosk.identity.DocumentType;
import org.govkiosk.identity.IdentityDocument;
import org.govkiosk.sim.idcard.EmulatedCard;
import org.govkiosk.sim.idcard.SamReaderEmulator.Fault;
import org.govkiosk.sim.idcard.SampleCards;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The driver against the emulator over an in-process pipe: protocol logic and every fault, fast. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class SamReaderDriverTest {
    private EmulatedReaderFixture f;

    @BeforeEach
    void setUp() throws Exception {
        f = new EmulatedReaderFixture();
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private IdCardData readPlaced(IdentityDocument d) throws DeviceException {
        f.emulator.placeCard(EmulatedCard.of(d));
        return f.driver.readOnce().orElseThrow();
    }

    @Test
    void readsAllFourCardTypes() throws Exception {
        for (IdentityDocument d : new IdentityDocument[] {SampleCards.residentId(), SampleCards.hongKongPermit(),
                SampleCards.foreignPermanent2017(), SampleCards.foreignPermanent2023(), SampleCards.residentIdLongTerm()}) {
            IdCardData data = readPlaced(d);
            assertEquals(d, data.document());
            assertArrayEquals(EmulatedCard.of(d).photo(), data.wltPhoto());
            assertEquals(1024, data.wltPhoto().length);
            f.emulator.removeCard();
        }
        assertEquals(5, f.driver.statistics().get("reads"));
        assertEquals(DeviceState.ONLINE, f.driver.status().state());
    }

    @Test
    void noCardIsEmptyNotAnError() throws Exception {
        assertEquals(Optional.empty(), f.driver.readOnce());
        assertFalse(f.driver.cardPresent());
    }

    @Test
    void cardStaysPresentAfterReadButIsNotReadAgain() throws Exception {
        readPlaced(SampleCards.residentId());
        assertTrue(f.driver.cardPresent(), "the read card is still in the field");
        assertEquals(Optional.empty(), f.driver.readOnce(), "a halted card is not found again");
        f.emulator.removeCard();
        assertFalse(f.driver.cardPresent());
        f.emulator.placeCard(EmulatedCard.of(SampleCards.residentId()));
        assertTrue(f.driver.readOnce().isPresent(), "placed again, it reads again");
    }

    @Test
    void expiredAndBadCheckDigitAreDistinctRejections() throws Exception {
        f.emulator.placeCard(EmulatedCard.of(SampleCards.expiredResidentId()));
        CardRejectedException expired = assertThrows(CardRejectedException.class, f.driver::readOnce);
        assertEquals(DocumentChecks.Problem.EXPIRED, expired.problem());
        assertEquals("idcard.rejected.expired", expired.citizenMessageKey());
        assertEquals(DeviceException.Code.USER_ERROR, expired.code());
        assertFalse(expired.getMessage().contains(SampleCards.expiredResidentId().number()), "no full ID number in messages");

        f.emulator.placeCard(EmulatedCard.of(SampleCards.badCheckDigitResidentId()));
        CardRejectedException bad = assertThrows(CardRejectedException.class, f.driver::readOnce);
        assertEquals(DocumentChecks.Problem.BAD_CHECK_DIGIT, bad.problem());
        assertEquals("idcard.rejected.badCheckDigit", bad.citizenMessageKey());
        assertEquals(DocumentType.RESIDENT_ID, bad.documentType());
    }

    @Test
    void appendedAddressAndFingerprint() throws Exception {
        f.emulator.placeCard(EmulatedCard.of(SampleCards.residentId()).withAppendedAddress("河南省郑州市中原区建设路2号"));
        assertEquals(Optional.of("河南省郑州市中原区建设路2号"), f.driver.readOnce().orElseThrow().appendedAddress());
        f.close();
        f = new EmulatedReaderFixture(KioskSettings.bind(EmulatedReaderFixture.FAST_CONFIG.with(Map.of("idcard.readFingerprint", "true",
                "idcard.readAppendedAddress", "false"))));
        byte[] fp = new byte[1024];
        fp[0] = 0x43;
        f.emulator.placeCard(EmulatedCard.of(SampleCards.residentId()).withFingerprint(fp));
        IdCardData d = f.driver.readOnce().orElseThrow();
        assertArrayEquals(fp, d.fingerprint());
        assertEquals(Optional.empty(), d.appendedAddress());
    }

    @Test
    void samIdStatusAndHealth() throws Exception {
        assertEquals("05.01-20101010-0012345678-1234567890", f.driver.samId());
        assertEquals(SamStatus.SUCCESS, f.driver.samStatus());
        HealthReport h = f.driver.checkHealth(HealthLevel.EXTERNAL);
        assertTrue(h.ok(), h.toString());
        assertTrue(h.details().stream().anyMatch(s -> s.contains("05.01-20101010")));
        f.emulator.setSamStatus(SamStatus.SAM_SELF_TEST_FAILED);
        assertFalse(f.driver.checkHealth(HealthLevel.EXTERNAL).ok());
        f.driver.resetSam();
    }

    @Test
    void silenceTimesOutAndMarksOfflineThenRecovers() throws Exception {
        f.emulator.placeCard(EmulatedCard.of(SampleCards.residentId()));
        f.emulator.inject(Fault.silence());
        DeviceException e = assertThrows(DeviceException.class, f.driver::readOnce);
        assertEquals(DeviceException.Code.TIMEOUT, e.code());
        assertEquals("idcard.error.noAnswer", e.citizenMessageKey());
        assertEquals(DeviceState.OFFLINE, f.driver.status().state());
        assertTrue(f.driver.readOnce().isPresent(), "next attempt reads the card");
        assertEquals(DeviceState.ONLINE, f.driver.status().state());
    }

    @Test
    void damagedAnswersAreRetriedOnce() throws Exception {
        for (Fault fault : new Fault[] {Fault.badChecksum(), Fault.truncated(), Fault.garbage()}) {
            f.emulator.placeCard(EmulatedCard.of(SampleCards.residentId()));
            f.emulator.inject(fault.on(SamCommand.READ_TEXT_PHOTO));
            assertTrue(f.driver.readOnce().isPresent(), fault + " is absorbed by one retry");
        }
        assertEquals(3, f.driver.statistics().get("protocolErrors"));
    }

    @Test
    void twoDamagedAnswersInARowFailTyped() throws Exception {
        f.emulator.placeCard(EmulatedCard.of(SampleCards.residentId()));
        f.emulator.inject(Fault.badChecksum().on(SamCommand.READ_TEXT_PHOTO));
        f.emulator.inject(Fault.garbage().on(SamCommand.READ_TEXT_PHOTO));
        DeviceException e = assertThrows(DeviceException.class, f.driver::readOnce);
        assertEquals(DeviceException.Code.PROTOCOL, e.code());
        assertEquals("idcard.error.readFailed", e.citizenMessageKey());
        f.emulator.placeCard(EmulatedCard.of(SampleCards.residentId()));
        assertTrue(f.driver.readOnce().isPresent());
    }

    @Test
    void cardRemovedMidRead() throws Exception {
        f.emulator.placeCard(EmulatedCard.of(SampleCards.residentId()));
        f.emulator.inject(Fault.cardRemovedMidRead());
        DeviceException e = assertThrows(DeviceException.class, f.driver::readOnce);
        assertEquals("idcard.error.readFailed", e.citizenMessageKey());
        assertEquals(DeviceException.Code.USER_ERROR, e.code());
        assertEquals(Optional.empty(), f.driver.readOnce(), "the card is gone");
        assertTrue(readPlaced(SampleCards.hongKongPermit()).document().type() == DocumentType.HK_MACAO_TAIWAN_PERMIT);
    }

    @ParameterizedTest
    @EnumSource(value = SamStatus.class, names = {"HOST_CHECKSUM_ERROR", "HOST_LENGTH_ERROR", "COMMAND_ERROR", "UNAUTHORISED_OPERATION",
            "UNRECOGNISED_ERROR", "CARD_AUTH_SAM_FAILED", "SAM_AUTH_CARD_FAILED", "VERIFICATION_ERROR", "UNKNOWN_CARD_TYPE",
            "CARD_READ_FAILED", "RANDOM_FAILED", "SAM_SELF_TEST_FAILED", "SAM_NOT_AUTHORISED", "SELECT_FAILED"})
    void everyErrorSw3OnReadGivesItsTypedOutcome(SamStatus status) throws Exception {
        f.emulator.placeCard(EmulatedCard.of(SampleCards.residentId()));
        f.emulator.inject(Fault.status(status).on(SamCommand.READ_TEXT_PHOTO));
        if (status == SamStatus.HOST_CHECKSUM_ERROR || status == SamStatus.HOST_LENGTH_ERROR) {
            // The reader says our frame arrived damaged: sent again, it succeeds.
            assertTrue(f.driver.readOnce().isPresent());
            return;
        }
        DeviceException e = assertThrows(DeviceException.class, f.driver::readOnce);
        assertEquals(status.citizenMessageKey(), e.citizenMessageKey());
        assertEquals(status.errorCode(), e.code());
        assertTrue(e.technicianDetail().contains(String.format("%02X", status.sw3())));
        if (status.isReaderFault()) assertEquals(DeviceState.HARDWARE_ERROR, f.driver.status().state());
        f.emulator.placeCard(EmulatedCard.of(SampleCards.residentId()));
        assertTrue(f.driver.readOnce().isPresent(), "the next card reads fine");
        assertEquals(DeviceState.ONLINE, f.driver.status().state());
    }

    @Test
    void unknownSw3AndErrorsOnFindAreTyped() throws Exception {
        f.emulator.placeCard(EmulatedCard.of(SampleCards.residentId()));
        f.emulator.inject(Fault.status(0x55).on(SamCommand.FIND_CARD));
        DeviceException e = assertThrows(DeviceException.class, f.driver::readOnce);
        assertEquals(DeviceException.Code.PROTOCOL, e.code());
        f.emulator.inject(Fault.status(SamStatus.UNKNOWN_CARD_TYPE).on(SamCommand.FIND_CARD));
        assertEquals("idcard.error.unknownCard", assertThrows(DeviceException.class, f.driver::readOnce).citizenMessageKey());
    }

    @Test
    void unreadableTextBlockIsTyped() throws Exception {
        f.emulator.placeCard(EmulatedCard.withRawText(new byte[256]));
        DeviceException e = assertThrows(DeviceException.class, f.driver::readOnce);
        assertEquals("idcard.error.unreadable", e.citizenMessageKey());
        assertEquals(DeviceException.Code.PROTOCOL, e.code());
    }

    @Test
    void unplugMakesOfflineAndReplugRecovers() throws Exception {
        f.emulator.placeCard(EmulatedCard.of(SampleCards.residentId()));
        f.pipe[0].unplug();
        DeviceException e = assertThrows(DeviceException.class, f.driver::readOnce);
        assertEquals(DeviceException.Code.OFFLINE, e.code());
        assertEquals("idcard.error.offline", e.citizenMessageKey());
        assertEquals(DeviceState.OFFLINE, f.driver.status().state());
        f.pipe[0].replug();
        assertTrue(f.driver.readOnce().isPresent());
        assertEquals(DeviceState.ONLINE, f.driver.status().state());
    }

    @Test
    void portBackWhileNobodyPollsBringsTheReaderOnline() throws Exception {
        f.pipe[0].unplug();
        f.driver.linkStateChanged(false, "port lost");
        assertEquals(DeviceState.OFFLINE, f.driver.status().state());
        long before = f.emulator.commandCount();
        f.pipe[0].replug();
        // Nobody reads a card (an out-of-service kiosk shows no identify screen): the driver asks the SAM itself.
        f.driver.linkStateChanged(true, "port back");
        while (f.driver.status().state() != DeviceState.ONLINE) Thread.sleep(10); // bounded by the class @Timeout
        assertTrue(f.emulator.commandCount() > before, "the SAM was asked");
    }

    @Test
    void portBackWithASilentReaderStaysOffline() throws Exception {
        f.pipe[0].unplug();
        f.driver.linkStateChanged(false, "port lost");
        f.pipe[0].replug();
        for (int i = 0; i < 5; i++) f.emulator.inject(Fault.silence());
        f.driver.linkStateChanged(true, "port back");
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals("idcard-link-back")) t.join(); // the probe gives up after five silent tries
        }
        assertEquals(0, f.emulator.pendingFaults(), "the probe asked five times and got silence");
        assertEquals(DeviceState.OFFLINE, f.driver.status().state());
    }

    @Test
    void portBackWithAReaderThatMissesTheFirstAskComesBackOnline() throws Exception {
        f.pipe[0].unplug();
        f.driver.linkStateChanged(false, "port lost");
        f.pipe[0].replug();
        f.emulator.inject(Fault.silence()); // a loaded machine, or a reader still booting
        f.driver.linkStateChanged(true, "port back");
        while (f.driver.status().state() != DeviceState.ONLINE) Thread.sleep(10); // bounded by the class @Timeout
        assertEquals(0, f.emulator.pendingFaults());
    }

    @Test
    void portBackWithAStaleAnswerFirstComesBackOnline() throws Exception {
        f.pipe[0].unplug();
        f.driver.linkStateChanged(false, "port lost");
        f.pipe[0].replug();
        // The answer to a card command from before the cable came out, read as the answer to the status question.
        f.emulator.inject(Fault.status(SamStatus.SELECT_FAILED));
        f.driver.linkStateChanged(true, "port back");
        while (f.driver.status().state() != DeviceState.ONLINE) Thread.sleep(10); // bounded by the class @Timeout
        assertEquals(0, f.emulator.pendingFaults());
    }

    @Test
    void portBackWithABadStatusOnEveryTryIsAHardwareError() throws Exception {
        f.pipe[0].unplug();
        f.driver.linkStateChanged(false, "port lost");
        f.pipe[0].replug();
        for (int i = 0; i < 5; i++) f.emulator.inject(Fault.status(SamStatus.SAM_SELF_TEST_FAILED));
        f.driver.linkStateChanged(true, "port back");
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals("idcard-link-back")) t.join();
        }
        assertEquals(DeviceState.HARDWARE_ERROR, f.driver.status().state());
        assertTrue(f.driver.status().technicianDetail().contains("self-test"), f.driver.status().technicianDetail());
    }

    @Test
    void emulatorDisconnectLeavesDriverTimingOutNotHanging() throws Exception {
        f.emulator.inject(Fault.disconnect());
        assertThrows(DeviceException.class, f.driver::readOnce);
        DeviceException e = assertThrows(DeviceException.class, f.driver::readOnce);
        assertEquals(DeviceException.Code.TIMEOUT, e.code());
        assertFalse(f.emulator.isRunning());
    }

    @Test
    void slowSamWithinTheDeadlineStillReads() throws Exception {
        f.emulator.setSamDelay(Duration.ofMillis(100));
        assertTrue(readPlaced(SampleCards.foreignPermanent2023()).document().type() == DocumentType.FOREIGN_PERMANENT_2023);
        f.emulator.setSamDelay(Duration.ofMillis(1200));
        f.emulator.removeCard();
        DeviceException e = assertThrows(DeviceException.class, f.driver::readOnce);
        assertEquals(DeviceException.Code.TIMEOUT, e.code());
    }

    @Test
    void refusesWorkBeforeEnable() {
        SamReaderDriver d = new SamReaderDriver(org.govkiosk.sim.link.PipeLink.pair("x")[0], EmulatedReaderFixture.FAST.idCard());
        DeviceException e = assertThrows(DeviceException.class, d::readOnce);
        assertEquals(DeviceException.Code.CLOSED, e.code());
    }
}
