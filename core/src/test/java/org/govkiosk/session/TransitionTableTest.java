package org.govkiosk.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Walks every pair of states: the allowed moves succeed, every other move is refused (CUSS conformance style). */
class TransitionTableTest {
    static final Set<String> KIOSK_ALLOWED = Set.of(
            "INITIALISING>AVAILABLE", "INITIALISING>OUT_OF_SERVICE",
            "AVAILABLE>IN_SESSION", "AVAILABLE>OUT_OF_SERVICE", "AVAILABLE>MAINTENANCE",
            "IN_SESSION>AVAILABLE", "IN_SESSION>OUT_OF_SERVICE",
            "OUT_OF_SERVICE>AVAILABLE", "OUT_OF_SERVICE>MAINTENANCE", "OUT_OF_SERVICE>OUT_OF_SERVICE",
            "MAINTENANCE>AVAILABLE", "MAINTENANCE>OUT_OF_SERVICE");

    static final Set<String> STAGE_ALLOWED = Set.of(
            "IDENTIFY>BROWSE", "IDENTIFY>ENDED",
            "BROWSE>RESULT", "BROWSE>DONE", "BROWSE>ENDED",
            "RESULT>BROWSE", "RESULT>PRINT", "RESULT>DONE", "RESULT>ENDED",
            "PRINT>RESULT", "PRINT>BROWSE", "PRINT>DONE", "PRINT>ENDED",
            "DONE>BROWSE", "DONE>ENDED");

    static Stream<Arguments> kioskPairs() {
        return Stream.of(KioskState.values()).flatMap(a -> Stream.of(KioskState.values()).map(b -> Arguments.of(a, b)));
    }

    static Stream<Arguments> stagePairs() {
        return Stream.of(SessionStage.values()).flatMap(a -> Stream.of(SessionStage.values()).map(b -> Arguments.of(a, b)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("kioskPairs")
    void kioskTable(KioskState from, KioskState to) {
        assertEquals(KIOSK_ALLOWED.contains(from + ">" + to), from.canMoveTo(to));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("stagePairs")
    void stageTableIsEnforcedBySession(SessionStage from, SessionStage to) {
        CitizenSession s = new CitizenSession(0, Locale.CHINA, false);
        driveTo(s, from);
        boolean allowed = STAGE_ALLOWED.contains(from + ">" + to);
        assertEquals(allowed, from.canMoveTo(to));
        if (allowed) {
            s.moveTo(to);
            assertEquals(to, s.stage());
        } else {
            assertThrows(IllegalTransitionException.class, () -> s.moveTo(to));
            assertEquals(from, s.stage(), "a refused move leaves the stage unchanged");
        }
    }

    private static void driveTo(CitizenSession s, SessionStage target) {
        SessionStage[] path = switch (target) {
            case IDENTIFY -> new SessionStage[0];
            case BROWSE -> new SessionStage[] {SessionStage.BROWSE};
            case RESULT -> new SessionStage[] {SessionStage.BROWSE, SessionStage.RESULT};
            case PRINT -> new SessionStage[] {SessionStage.BROWSE, SessionStage.RESULT, SessionStage.PRINT};
            case DONE -> new SessionStage[] {SessionStage.BROWSE, SessionStage.DONE};
            case ENDED -> new SessionStage[] {SessionStage.ENDED};
        };
        for (SessionStage st : path) s.moveTo(st);
    }

    @Test
    void managerRefusesIllegalKioskMovesAndKeepsState() {
        SessionManager m = new SessionManager(new SessionPolicy(Duration.ofSeconds(60), Duration.ofSeconds(20),
                Duration.ofMinutes(10), Duration.ofSeconds(10)), new ManualTicker());
        assertThrows(IllegalTransitionException.class, () -> m.start(Locale.CHINA, false), "no session before AVAILABLE");
        assertEquals(KioskState.INITIALISING, m.state());
        assertThrows(IllegalTransitionException.class, m::enterMaintenance, "no maintenance before initialising ends");
        m.ready();
        m.start(Locale.CHINA, false);
        assertThrows(IllegalTransitionException.class, () -> m.start(Locale.CHINA, false), "one session at a time");
        assertThrows(IllegalTransitionException.class, () -> m.moveTo(SessionStage.ENDED), "ending goes through end()");
        m.enterMaintenance();
        assertEquals(KioskState.MAINTENANCE, m.state());
        assertEquals(null, m.session(), "maintenance ends the citizen session first");
    }
}
