package org.govkiosk.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.govkiosk.config.KioskConfig;
import org.govkiosk.session.Availability;
import org.govkiosk.session.AvailabilityPolicy;
import org.govkiosk.session.KioskState;
import org.govkiosk.session.OutOfServiceReason;
import org.junit.jupiter.api.Test;

/** The retained status names every reason the availability policy holds, not only the one a state change named. */
class KioskTelemetryReasonsTest {
    private final FleetSettings settings = FleetSettings.from(KioskConfig.defaults().with(Map.of(
            "fleet.mqtt.url", "tcp://127.0.0.1:1883", "kiosk.id", "R-1", "fleet.zone", "zz"))).orElseThrow();
    private final List<String> events = new ArrayList<>();
    private final KioskTelemetry telemetry = new KioskTelemetry(settings, "1", List::of, events::add, Clock.systemUTC());

    @Test
    void everyHeldReasonIsPublishedWithoutItsDetail() throws Exception {
        telemetry.kioskStateChanged(KioskState.AVAILABLE, KioskState.OUT_OF_SERVICE, OutOfServiceReason.BACKEND);
        telemetry.availabilityChanged(new Availability(KioskState.OUT_OF_SERVICE, List.of(
                new AvailabilityPolicy.Reason(OutOfServiceReason.BACKEND, "health check: connection refused"),
                new AvailabilityPolicy.Reason(OutOfServiceReason.HARDWARE, "idcard OFFLINE")), 3, 7, Instant.now()));
        JsonNode status = FleetStatusJson.JSON.readTree(telemetry.statusJson());
        assertEquals("OUT_OF_SERVICE", status.path("availability").asText());
        assertEquals(List.of("BACKEND", "HARDWARE"), names(status));
        // Technician detail stays on the kiosk: only the kinds travel.
        assertEquals(-1, status.toString().indexOf("connection refused"));
    }

    @Test
    void aClearedReasonLeavesTheSet() throws Exception {
        telemetry.kioskStateChanged(KioskState.AVAILABLE, KioskState.OUT_OF_SERVICE, OutOfServiceReason.BACKEND);
        telemetry.availabilityChanged(new Availability(KioskState.OUT_OF_SERVICE, List.of(
                new AvailabilityPolicy.Reason(OutOfServiceReason.BACKEND, ""),
                new AvailabilityPolicy.Reason(OutOfServiceReason.OPERATOR, "glass broken")), 0, 1, Instant.now()));
        telemetry.availabilityChanged(new Availability(KioskState.OUT_OF_SERVICE, List.of(
                new AvailabilityPolicy.Reason(OutOfServiceReason.OPERATOR, "glass broken")), 0, 2, Instant.now()));
        assertEquals(List.of("OPERATOR"), names(FleetStatusJson.JSON.readTree(telemetry.statusJson())));
    }

    private static List<String> names(JsonNode status) {
        List<String> out = new ArrayList<>();
        status.path("reasons").forEach(n -> out.add(n.asText()));
        return out;
    }
}
