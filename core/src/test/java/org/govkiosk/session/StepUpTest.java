package org.govkiosk.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.govkiosk.catalog.AssuranceRule;
import org.govkiosk.device.DeviceException;
import org.govkiosk.device.camera.FaceCamera;
import org.govkiosk.device.DeviceKind;
import org.govkiosk.device.DeviceState;
import org.govkiosk.device.DeviceStatus;
import org.govkiosk.records.GatewayError;
import org.govkiosk.records.GatewayResult;
import org.govkiosk.records.IdentifyRequest;
import org.govkiosk.records.RecordsGateway;
import org.govkiosk.device.camera.FaceVerifier;
import org.govkiosk.device.idcard.IdCardData;
import org.govkiosk.identity.DocumentType;
import org.govkiosk.identity.IdAssurance;
import org.govkiosk.identity.IdentityDocument;
import org.govkiosk.records.CitizenRef;
import org.junit.jupiter.api.Test;

/** Step-up rules and the face check, without libGDX or devices. */
class StepUpTest {
    static final String HERS = "41010519820315017X";
    static final String OTHER = "410102199507080265";

    static IdentityDocument doc(String number) {
        return new IdentityDocument(DocumentType.RESIDENT_ID, "", null, null, null, null, number, null, null, null, null);
    }

    static IdCardData card(String number) {
        return new IdCardData(doc(number), new byte[] {1, 2, 3}, null, null);
    }

    static SessionData inBy(IdAssurance how) {
        SessionData d = new SessionData();
        d.identifiedBy(doc(HERS), how, new CitizenRef("t", "王**"));
        if (how == IdAssurance.ID_CARD) d.card(card(HERS));
        return d;
    }

    @Test
    void asksForWhatIsMissingAndNothingWhenTheKioskCannotCheckIt() {
        assertEquals(Optional.of(StepUp.Need.FACE), StepUp.next(AssuranceRule.BOTH, Set.of(IdAssurance.ID_CARD)));
        assertEquals(Optional.of(StepUp.Need.CARD), StepUp.next(AssuranceRule.BOTH, Set.of(IdAssurance.FACE)));
        assertEquals(Optional.of(StepUp.Need.FACE), StepUp.next(AssuranceRule.FACE, Set.of(IdAssurance.ID_CARD)));
        assertEquals(Optional.of(StepUp.Need.CARD), StepUp.next(AssuranceRule.ID_CARD, Set.of(IdAssurance.FACE)));
        assertEquals(Optional.empty(), StepUp.next(AssuranceRule.BOTH, Set.of(IdAssurance.ID_CARD, IdAssurance.FACE)));
        // In by app code: the kiosk never learnt her number, so there is nothing to match a card or a face against.
        assertEquals(Optional.empty(), StepUp.next(AssuranceRule.BOTH, Set.of(IdAssurance.APP_QR)));
        assertEquals(Optional.empty(), StepUp.next(AssuranceRule.EITHER, Set.of(IdAssurance.APP_QR)));
    }

    @Test
    void herOwnCardIsAddedAnotherPersonsIsRefusedAndWiped() {
        SessionData d = inBy(IdAssurance.FACE);
        IdCardData other = card(OTHER);
        StepUp.Refused refused = assertInstanceOf(StepUp.Refused.class, StepUp.addCard(d, other));
        assertEquals("stepUp.error.otherCard", refused.citizenMessageKey());
        assertTrue(!refused.technicianDetail().contains(OTHER) && !refused.technicianDetail().contains(HERS), "no numbers in the log");
        assertArrayEquals(new byte[3], other.wltPhoto(), "the other person's card data is wiped");
        assertNull(d.card());
        assertEquals(Set.of(IdAssurance.FACE), d.assurances());

        // The same number typed in lower case on her face visit still matches her card's upper-case X.
        SessionData lower = new SessionData();
        lower.identifiedBy(doc(HERS.toLowerCase()), IdAssurance.FACE, new CitizenRef("t", "王**"));
        IdCardData hers = card(HERS);
        assertEquals(new StepUp.Added(IdAssurance.ID_CARD), StepUp.addCard(lower, hers));
        assertSame(hers, lower.card());
        assertTrue(AssuranceRule.BOTH.satisfiedBy(lower.assurances()));
    }

    @Test
    void aMatchedFaceIsAddedARefusedOneSaysItIsNotTheCardHolder() {
        SessionData d = inBy(IdAssurance.ID_CARD);
        assertEquals(HERS, StepUp.numberForFace(d));
        StepUp.Refused r = assertInstanceOf(StepUp.Refused.class,
                StepUp.addFace(d, new FaceCheck.Refused("identify.error.faceMismatch", "score 0.12")));
        assertEquals("stepUp.error.otherFace", r.citizenMessageKey());
        assertEquals("identify.error.notLive", ((StepUp.Refused) StepUp.addFace(d, new FaceCheck.Refused("identify.error.notLive", "x"))).citizenMessageKey());
        assertEquals(Set.of(IdAssurance.ID_CARD), d.assurances());
        assertEquals(new StepUp.Added(IdAssurance.FACE), StepUp.addFace(d, new FaceCheck.Matched(0.9)));
        assertEquals(Set.of(IdAssurance.ID_CARD, IdAssurance.FACE), d.assurances());
    }

    // ---- FaceCheck: no camera runs here, so a stand-in answers status() (every other Device call fails). ----

    static FaceCamera camera(AtomicReference<DeviceState> state) {
        return (FaceCamera) Proxy.newProxyInstance(FaceCamera.class.getClassLoader(), new Class<?>[] {FaceCamera.class}, (p, m, a) -> {
            if (!m.getName().equals("status")) throw new UnsupportedOperationException(m.getName());
            return DeviceStatus.of(DeviceKind.CAMERA, "cam", state.get(), "test");
        });
    }

    /** A records service that knows one portrait, HERS's. */
    static RecordsGateway portraits(AtomicReference<byte[]> served) {
        return (RecordsGateway) Proxy.newProxyInstance(RecordsGateway.class.getClassLoader(), new Class<?>[] {RecordsGateway.class}, (p, m, a) -> {
            if (!m.getName().equals("referencePortrait")) throw new UnsupportedOperationException(m.getName());
            IdentifyRequest claimed = (IdentifyRequest) a[1];
            if (!claimed.documentNumber().equals(HERS)) return GatewayResult.fail(GatewayError.NO_RECORD, "no portrait");
            byte[] portrait = {7, 7, 7};
            served.set(portrait);
            return GatewayResult.ok(portrait);
        });
    }

    @Test
    void faceCheckGetsTheClaimedPortraitAndTurnsEveryOutcomeIntoWordsForHer() throws Exception {
        AtomicReference<DeviceState> state = new AtomicReference<>(DeviceState.ONLINE);
        AtomicReference<byte[]> served = new AtomicReference<>();
        AtomicReference<FaceVerifier.Outcome> next = new AtomicReference<>();
        AtomicReference<byte[]> given = new AtomicReference<>();
        FaceVerifier verifier = new FaceVerifier() {
            @Override public Optional<String> unavailableReason() { return Optional.empty(); }

            @Override public Result verify(FaceCamera c, byte[] portrait, Listener l) {
                given.set(portrait.clone());
                java.util.Arrays.fill(portrait, (byte) 0);
                return new Result(next.get(), 0.3, "test " + next.get());
            }
        };
        FaceCheck check = new FaceCheck(camera(state), verifier, portraits(served));
        IdentifyRequest hers = new IdentifyRequest(DocumentType.RESIDENT_ID, HERS, IdAssurance.FACE);
        String[][] expected = {{"DIFFERENT_PERSON", "identify.error.faceMismatch"}, {"LIVENESS_FAILED", "identify.error.notLive"},
                {"NO_GOOD_FRAME", "identify.error.noFace"}, {"CAMERA_FAILED", "identify.error.cameraFailed"},
                {"BAD_REFERENCE", "identify.error.noReference"}, {"UNAVAILABLE", "identify.error.faceUnavailable"}};
        for (String[] e : expected) {
            next.set(FaceVerifier.Outcome.valueOf(e[0]));
            FaceCheck.Refused r = assertInstanceOf(FaceCheck.Refused.class, check.check("s1", hers, FaceVerifier.Listener.NONE));
            assertEquals(e[1], r.citizenMessageKey(), e[0]);
            assertEquals("test " + e[0], r.technicianDetail());
        }
        next.set(FaceVerifier.Outcome.ACCEPTED);
        assertEquals(new FaceCheck.Matched(0.3), check.check("s1", hers, FaceVerifier.Listener.NONE));
        assertArrayEquals(new byte[] {7, 7, 7}, given.get(), "the verifier got the claimed identity's portrait");
        assertArrayEquals(new byte[3], served.get(), "and it was wiped");
        // No portrait on file for the number: plain words, the verifier is not asked.
        given.set(null);
        FaceCheck.Refused none = assertInstanceOf(FaceCheck.Refused.class,
                check.check("s1", new IdentifyRequest(DocumentType.RESIDENT_ID, OTHER, IdAssurance.FACE), FaceVerifier.Listener.NONE));
        assertEquals("identify.error.noReference", none.citizenMessageKey());
        assertNull(given.get());
        // Camera unplugged or no camera at all: unavailable, before asking the service for anything.
        state.set(DeviceState.OFFLINE);
        assertFalse(check.available());
        assertEquals("identify.error.faceUnavailable", ((FaceCheck.Refused) check.check("s1", hers, FaceVerifier.Listener.NONE)).citizenMessageKey());
        assertFalse(new FaceCheck(null, verifier, portraits(served)).available());
    }

    @Test
    void countdownRunsOnTheSessionClockOnly() {
        ManualTicker t = new ManualTicker();
        Countdown c = new Countdown(t, Duration.ofSeconds(90));
        t.advance(Duration.ofSeconds(89));
        assertTrue(!c.expired());
        t.advance(Duration.ofSeconds(1));
        assertTrue(c.expired());
        c.restart();
        assertTrue(!c.expired());
        c.expireNow();
        assertTrue(c.expired());
    }
}
