package org.govkiosk.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.govkiosk.device.DeviceState;
import org.govkiosk.device.DeviceStatus;
import org.govkiosk.device.Supplies;

/**
 * One kiosk's state for operators who run many: what it is doing, which device is offline or out of paper,
 * counters, uptime and version. Holds no personal data; times are ISO-8601 text so any monitor can read them.
 *
 * @param appState the application state: AVAILABLE, IN_SESSION, MAINTENANCE, OUT_OF_SERVICE(REASON) ...
 */
public record KioskStatus(String kioskId, String appState, String version, String at, String startedAt,
                          long uptimeSeconds, List<DeviceEntry> devices, Map<String, Long> counters,
                          List<String> attention) {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    public record DeviceEntry(String id, String kind, String state, String supplies, boolean usable,
                              String citizenMessageKey, String detail, String action, String since,
                              Map<String, Long> statistics) {
        static DeviceEntry of(DeviceStatus s, Map<String, Long> statistics) {
            return new DeviceEntry(s.deviceId(), s.kind().name(), s.state().name(), s.supplies().name(), s.usable(),
                    s.citizenMessageKey(), s.technicianDetail(), s.action().name(), s.at().toString(), statistics);
        }

        /** Why an operator should look at this device, or null. NO_DEVICE and CLOSED are deliberate, not faults. */
        String attention() {
            DeviceState st = DeviceState.valueOf(state);
            if (st == DeviceState.OFFLINE || st == DeviceState.HARDWARE_ERROR || st == DeviceState.USER_ERROR) {
                return id + " " + state + ": " + detail;
            }
            Supplies sp = Supplies.valueOf(supplies);
            if (sp == Supplies.LOW || sp == Supplies.OUT || sp == Supplies.JAMMED) return id + " supplies " + supplies;
            return null;
        }
    }

    public KioskStatus {
        devices = List.copyOf(devices);
        counters = Map.copyOf(counters);
        attention = List.copyOf(attention);
    }

    static List<String> attentionOf(String appState, List<DeviceEntry> devices) {
        List<String> out = new ArrayList<>();
        // The application reports its KioskState (OUT_OF_SERVICE(reason), MAINTENANCE ...); CUSS names kept too.
        if (appState.startsWith("OUT_OF_SERVICE") || appState.equals("UNAVAILABLE") || appState.equals("DISABLED")) {
            out.add("kiosk " + appState);
        }
        for (DeviceEntry d : devices) {
            String a = d.attention();
            if (a != null) out.add(a);
        }
        return out;
    }

    /** Nothing an operator needs to act on. */
    public boolean healthy() {
        return attention.isEmpty();
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("status is plain strings and numbers; it always serialises", e);
        }
    }

    public static KioskStatus fromJson(String json) throws JsonProcessingException {
        return JSON.readValue(json, KioskStatus.class);
    }
}
