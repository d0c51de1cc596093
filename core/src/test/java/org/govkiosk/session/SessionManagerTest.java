package org.govkiosk.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.govkiosk.device.idcard.IdCardData;
import org.govkiosk.identity.DocumentType;
import org.govkiosk.identity.Gender;
import org.govkiosk.identity.IdAssurance;
import org.govkiosk.identity.IdentityDocument;
import org.govkiosk.records.CitizenRef;
import org.govkiosk.records.ItemRecord;
import org.govkiosk.records.RecordField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SessionManagerTest {
    final ManualTicker ticker = new ManualTicker();
    final SessionPolicy policy = new SessionPolicy(Duration.ofSeconds(90), Duration.ofSeconds(30),
            Duration.ofMinutes(15), Duration.ofSeconds(15));
    final SessionManager manager = new SessionManager(policy, ticker);
    final List<String> events = new ArrayList<>();

    @BeforeEach
    void setUp() {
        manager.addListener(new SessionListener() {
            @Override public void timeoutWarning(CitizenSession s, long secondsLeft, boolean extendable) {
                events.add("warn " + secondsLeft + (extendable ? "" : " final"));
            }
            @Override public void timeoutWarningCleared(CitizenSession s) { events.add("cleared"); }
            @Override public void sessionEnded(CitizenSession s, EndReason r) { events.add("ended " + r); }
        });
        manager.ready();
    }

    @Test
    void warnsBeforeInactivityEndAndCountsDownEverySecond() {
        manager.start(Locale.CHINA, false);
        ticker.advance(Duration.ofSeconds(59));
        manager.tick();
        assertTrue(events.isEmpty(), "no warning before inactivity - warning");
        ticker.advance(Duration.ofSeconds(1));
        manager.tick();
        assertEquals(List.of("warn 30"), events);
        ticker.advance(Duration.ofMillis(500));
        manager.tick();
        assertEquals(List.of("warn 30"), events, "one event per second, not per frame");
        ticker.advance(Duration.ofMillis(500));
        manager.tick();
        assertEquals(List.of("warn 30", "warn 29"), events);
        ticker.advance(Duration.ofSeconds(29));
        manager.tick();
        assertEquals("ended INACTIVITY", events.get(events.size() - 1));
        assertFalse(manager.inSession());
        assertEquals(KioskState.AVAILABLE, manager.state());
    }

    @Test
    void oneTapExtendsAgainAndAgain() {
        manager.start(Locale.CHINA, false);
        for (int i = 0; i < 10; i++) {
            ticker.advance(Duration.ofSeconds(80));
            manager.tick();
            assertTrue(events.get(events.size() - 1).startsWith("warn"), "warning shown, round " + i);
            manager.touch();
            assertEquals("cleared", events.get(events.size() - 1));
        }
        assertTrue(manager.inSession(), "ten extensions in a row keep the session (WCAG 2.2.1)");
    }

    @Test
    void maximumLengthEndsEvenAnActiveSessionAfterAFinalWarning() {
        manager.start(Locale.CHINA, false);
        for (int i = 0; i < 100 && manager.inSession(); i++) {
            ticker.advance(Duration.ofSeconds(20));
            manager.touch();
            manager.tick();
        }
        assertFalse(manager.inSession());
        assertEquals("ended MAX_LENGTH", events.get(events.size() - 1));
        assertTrue(events.stream().anyMatch(e -> e.endsWith("final")), "the max-length warning says it cannot be extended");
    }

    @Test
    void everyEndWipesTheSessionAndTheDataBecomesUnreachable() throws Exception {
        for (EndReason reason : EndReason.values()) {
            CitizenSession s = manager.start(Locale.CHINA, false);
            byte[] photo = new byte[1024];
            java.util.Arrays.fill(photo, (byte) 7);
            IdentityDocument doc = new IdentityDocument(DocumentType.RESIDENT_ID, "测试人", Gender.FEMALE, "01",
                    LocalDate.of(1980, 1, 1), "郑州市", "410105198001010026", "公安局", LocalDate.of(2020, 1, 1), null, null);
            s.data().identifiedBy(doc, IdAssurance.ID_CARD, new CitizenRef("tok", "测*"));
            s.data().card(new IdCardData(doc, photo, null, Optional.empty()));
            s.data().putRecord(new ItemRecord("HOUSE-001", List.of(new RecordField("address", "郑州市某路1号")), null, null));
            s.data().typedText("gjj");
            WeakReference<SessionData> ref = new WeakReference<>(s.data());

            manager.end(reason);

            assertEquals(SessionStage.ENDED, s.stage());
            assertEquals(reason, s.endReason());
            assertThrows(IllegalTransitionException.class, s::data, "ended session refuses its data");
            assertTrue(allZero(photo), "WLT photo overwritten");
            assertNull(manager.session());
            for (int i = 0; i < 50 && ref.get() != null; i++) {
                System.gc();
                Thread.sleep(10);
            }
            assertNull(ref.get(), "nothing keeps the wiped data reachable (" + reason + ")");
            if (manager.state() != KioskState.AVAILABLE) manager.leaveMaintenance();
        }
    }

    @Test
    void endIsIdempotentAndTouchOutsideSessionIsHarmless() {
        manager.start(Locale.ENGLISH, true);
        manager.end(EndReason.CANCELLED);
        manager.end(EndReason.CANCELLED);
        manager.touch();
        manager.tick();
        assertEquals(List.of("ended CANCELLED"), events);
    }

    @Test
    void sessionIdsAreUniqueAndNotGuessable() {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < 200; i++) {
            ids.add(manager.start(Locale.CHINA, false).id());
            manager.end(EndReason.DONE);
        }
        assertEquals(200, ids.size());
        assertTrue(ids.iterator().next().matches("S-[0-9A-F]{10}"));
    }

    private static boolean allZero(byte[] b) {
        for (byte x : b) if (x != 0) return false;
        return true;
    }
}
