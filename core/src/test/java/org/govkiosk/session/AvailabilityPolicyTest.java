package org.govkiosk.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.govkiosk.device.DeviceKind;
import org.govkiosk.device.DeviceState;
import org.govkiosk.device.DeviceStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The availability rules, walked as tables: each row is a list of steps, each step says what happens and what
 * the kiosk's published state must be after it. No libGDX: the session manager and its policy alone.
 */
class AvailabilityPolicyTest {

    /** A kiosk with an ID card reader and a QR scanner (no camera), whose statuses the steps switch. */
    static final class Rig {
        final ManualTicker ticker = new ManualTicker();
        final AvailabilityBoard board = new AvailabilityBoard();
        final SessionManager m = new SessionManager(new SessionPolicy(Duration.ofSeconds(90), Duration.ofSeconds(30),
                Duration.ofMinutes(15), Duration.ofSeconds(15)), ticker, new AvailabilityPolicy(2), board);
        final Map<DeviceKind, DeviceState> devices = new EnumMap<>(DeviceKind.class);
        final List<Availability> published = new ArrayList<>();
        final List<String> events = new ArrayList<>();

        Rig() {
            devices.put(DeviceKind.ID_CARD_READER, DeviceState.ONLINE);
            devices.put(DeviceKind.QR_SCANNER, DeviceState.ONLINE);
            devices.put(DeviceKind.RECEIPT_PRINTER, DeviceState.ONLINE);
            board.addListener(published::add);
            m.addListener(new SessionListener() {
                @Override public void kioskStateChanged(KioskState from, KioskState to, OutOfServiceReason reason) {
                    events.add(from + "->" + to);
                }
            });
        }

        void device(DeviceKind kind, DeviceState state) {
            devices.put(kind, state);
            m.devicesChanged(devices.entrySet().stream()
                    .map(e -> DeviceStatus.of(e.getKey(), e.getKey().name().toLowerCase(), e.getValue(), "test")).toList());
        }

        void step(String step) {
            switch (step) {
                case "ready" -> m.ready();
                case "card lost" -> device(DeviceKind.ID_CARD_READER, DeviceState.OFFLINE);
                case "card back" -> device(DeviceKind.ID_CARD_READER, DeviceState.ONLINE);
                case "scanner lost" -> device(DeviceKind.QR_SCANNER, DeviceState.OFFLINE);
                case "scanner back" -> device(DeviceKind.QR_SCANNER, DeviceState.ONLINE);
                case "receipt paper out" -> device(DeviceKind.RECEIPT_PRINTER, DeviceState.HARDWARE_ERROR);
                case "backend fails" -> m.backendChecked(false, "connection refused");
                case "backend ok" -> m.backendChecked(true, "");
                case "operator closes" -> m.hold(OutOfServiceReason.OPERATOR, "closed from the fleet console");
                case "operator opens" -> m.clear(OutOfServiceReason.OPERATOR);
                case "closing time" -> m.hold(OutOfServiceReason.HOURS, "22:00-06:00");
                case "opening time" -> m.clear(OutOfServiceReason.HOURS);
                case "citizen starts" -> m.start(Locale.CHINA, false);
                case "citizen leaves" -> m.end(EndReason.CANCELLED);
                case "technician in" -> m.enterMaintenance();
                case "technician out" -> m.leaveMaintenance();
                default -> throw new IllegalArgumentException(step);
            }
        }
    }

    /** {step, state it leaves the kiosk in (as operators see it)} pairs. */
    static Stream<Arguments> walks() {
        return Stream.of(
                Arguments.of("the back end needs two failures in a row; one good answer resets the count", List.of(
                        "ready", "AVAILABLE",
                        "backend fails", "AVAILABLE",
                        "backend ok", "AVAILABLE",
                        "backend fails", "AVAILABLE",
                        "backend fails", "OUT_OF_SERVICE(BACKEND)",
                        "backend fails", "OUT_OF_SERVICE(BACKEND)",
                        "backend ok", "AVAILABLE")),
                Arguments.of("a reader lost while out of service for the back end is recorded; both must clear", List.of(
                        "ready", "AVAILABLE",
                        "backend fails", "AVAILABLE",
                        "backend fails", "OUT_OF_SERVICE(BACKEND)",
                        "card lost", "OUT_OF_SERVICE(BACKEND)", // the QR scanner still identifies
                        "scanner lost", "OUT_OF_SERVICE(HARDWARE,BACKEND)",
                        "backend ok", "OUT_OF_SERVICE(HARDWARE)",
                        "card back", "AVAILABLE")),
                Arguments.of("clearing one reason keeps the others", List.of(
                        "ready", "AVAILABLE",
                        "operator closes", "OUT_OF_SERVICE(OPERATOR)",
                        "closing time", "OUT_OF_SERVICE(HOURS,OPERATOR)",
                        "operator opens", "OUT_OF_SERVICE(HOURS)",
                        "opening time", "AVAILABLE")),
                Arguments.of("a printer out of paper never closes the kiosk: records can still be looked up", List.of(
                        "ready", "AVAILABLE",
                        "receipt paper out", "AVAILABLE")),
                Arguments.of("devices lost under a citizen's hands close the kiosk when she leaves, not before", List.of(
                        "ready", "AVAILABLE",
                        "citizen starts", "IN_SESSION",
                        "card lost", "IN_SESSION",
                        "scanner lost", "IN_SESSION",
                        "citizen leaves", "OUT_OF_SERVICE(HARDWARE)",
                        "scanner back", "AVAILABLE")),
                Arguments.of("a device back during the session: she leaves to an available kiosk", List.of(
                        "ready", "AVAILABLE",
                        "citizen starts", "IN_SESSION",
                        "card lost", "IN_SESSION",
                        "scanner lost", "IN_SESSION",
                        "card back", "IN_SESSION",
                        "citizen leaves", "AVAILABLE")),
                Arguments.of("the kiosk does not open at start when nothing can identify", List.of(
                        "card lost", "INITIALISING",
                        "scanner lost", "INITIALISING",
                        "ready", "OUT_OF_SERVICE(HARDWARE)",
                        "card back", "AVAILABLE")),
                Arguments.of("maintenance records reasons and leaves to the state they call for", List.of(
                        "ready", "AVAILABLE",
                        "technician in", "MAINTENANCE",
                        "backend fails", "MAINTENANCE",
                        "backend fails", "MAINTENANCE",
                        "technician out", "OUT_OF_SERVICE(BACKEND)",
                        "technician in", "MAINTENANCE",
                        "backend ok", "MAINTENANCE",
                        "technician out", "AVAILABLE")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("walks")
    void walk(String name, List<String> table) {
        Rig rig = new Rig();
        for (int i = 0; i < table.size(); i += 2) {
            String step = table.get(i);
            rig.step(step);
            Availability now = rig.board.current();
            assertEquals(table.get(i + 1), now.appState(), "after '" + step + "' (step " + (i / 2 + 1) + ") in: " + name);
            assertEquals(rig.m.state(), now.state(), "the published snapshot is the manager's state after '" + step + "'");
        }
    }

    @Test
    void everyTransitionPublishesANewSnapshotInOrder() {
        Rig rig = new Rig();
        for (String s : List.of("ready", "operator closes", "closing time", "operator opens", "opening time", "citizen starts")) {
            rig.step(s);
        }
        List<String> states = rig.published.stream().map(Availability::appState).toList();
        assertEquals(List.of("AVAILABLE", "OUT_OF_SERVICE(OPERATOR)", "OUT_OF_SERVICE(HOURS,OPERATOR)",
                "OUT_OF_SERVICE(HOURS)", "AVAILABLE", "IN_SESSION"), states);
        for (int i = 1; i < rig.published.size(); i++) {
            assertEquals(rig.published.get(i - 1).sequence() + 1, rig.published.get(i).sequence(), "no gaps in the sequence");
        }
        assertEquals(1, rig.board.current().sessionsStarted());
        // The UI hears of a change of reasons while out of service (it lists them), never of a non-change.
        assertEquals(List.of("INITIALISING->AVAILABLE", "AVAILABLE->OUT_OF_SERVICE", "OUT_OF_SERVICE->OUT_OF_SERVICE",
                "OUT_OF_SERVICE->OUT_OF_SERVICE", "OUT_OF_SERVICE->AVAILABLE", "AVAILABLE->IN_SESSION"), rig.events);
    }

    @Test
    void reasonsCarryTechnicianDetailAndListInAFixedOrder() {
        Rig rig = new Rig();
        rig.step("ready");
        rig.step("operator closes");
        rig.step("card lost");
        rig.step("scanner lost");
        List<AvailabilityPolicy.Reason> reasons = rig.board.current().reasons();
        assertEquals(List.of(OutOfServiceReason.HARDWARE, OutOfServiceReason.OPERATOR), reasons.stream().map(AvailabilityPolicy.Reason::kind).toList());
        assertTrue(reasons.get(0).detail().contains("id_card_reader OFFLINE"), reasons.get(0).detail());
        assertTrue(reasons.get(0).detail().contains("CAMERA none"), "a kiosk without a camera says so: " + reasons.get(0).detail());
        assertEquals("closed from the fleet console", reasons.get(1).detail());
        assertFalse(rig.board.current().available());
    }

    @Test
    void theSnapshotIsImmutable() {
        Rig rig = new Rig();
        rig.step("ready");
        rig.step("operator closes");
        Availability before = rig.board.current();
        rig.step("operator opens");
        assertEquals("OUT_OF_SERVICE(OPERATOR)", before.appState(), "an old snapshot does not change under its reader");
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class, () -> before.reasons().clear());
    }
}
