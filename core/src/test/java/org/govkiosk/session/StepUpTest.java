package org.govkiosk.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.govkiosk.device.camera.FaceImage;
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
        assertNull(d.face());
        FaceImage face = new FaceImage(new byte[] {9}, "png", true);
        assertEquals(new StepUp.Added(IdAssurance.FACE), StepUp.addFace(d, new FaceCheck.Matched(face)));
        assertSame(face, d.face());
        assertTrue(AssuranceRule.BOTH.satisfiedBy(d.assurances()));
        d.wipe();
        assertArrayEquals(new byte[1], face.encoded(), "the added face dies with the session");
    }

    // ---- FaceCheck: a camera cannot run here, so a stand-in answers captureFace (every other Device call fails). ----

    static FaceCamera camera(AtomicReference<Object> next) {
        return (FaceCamera) Proxy.newProxyInstance(FaceCamera.class.getClassLoader(), new Class<?>[] {FaceCamera.class}, (p, m, a) -> {
            if (!m.getName().equals("captureFace")) throw new UnsupportedOperationException(m.getName());
            Object v = next.get();
            if (v instanceof DeviceException e) throw e;
            return Optional.ofNullable((FaceImage) v);
        });
    }

    @Test
    void faceCheckRefusesNoFaceAFakeAStrangerAndADeviceFaultAndWipesWhatItRefuses() {
        AtomicReference<Object> seen = new AtomicReference<>();
        FaceVerifier verifier = (number, face) -> new FaceVerifier.Match(number.equals(HERS) && face.encoded()[0] == 7, 0.9, "test");
        FaceCheck check = new FaceCheck(camera(seen), verifier, Duration.ofSeconds(1));

        assertEquals("identify.error.noFace", ((FaceCheck.Refused) check.check(HERS)).citizenMessageKey());
        FaceImage photo = new FaceImage(new byte[] {7}, "png", false);
        seen.set(photo);
        assertEquals("identify.error.notLive", ((FaceCheck.Refused) check.check(HERS)).citizenMessageKey());
        assertArrayEquals(new byte[1], photo.encoded());
        FaceImage stranger = new FaceImage(new byte[] {5}, "png", true);
        seen.set(stranger);
        assertEquals("identify.error.faceMismatch", ((FaceCheck.Refused) check.check(HERS)).citizenMessageKey());
        assertArrayEquals(new byte[1], stranger.encoded());
        seen.set(new DeviceException(DeviceException.Code.OFFLINE, "device.unavailable", "camera gone"));
        assertEquals(new FaceCheck.Refused("identify.error.faceUnavailable", "camera gone"), check.check(HERS));
        FaceImage hers = new FaceImage(new byte[] {7}, "png", true);
        seen.set(hers);
        assertEquals(new FaceCheck.Matched(hers), check.check(HERS));
        assertEquals("identify.error.faceMismatch", ((FaceCheck.Refused) check.check(OTHER)).citizenMessageKey());

        FaceCheck none = new FaceCheck(null, verifier, Duration.ofSeconds(1));
        assertEquals("identify.error.faceUnavailable", ((FaceCheck.Refused) none.check(HERS)).citizenMessageKey());
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
