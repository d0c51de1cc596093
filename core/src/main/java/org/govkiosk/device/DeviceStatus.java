package org.govkiosk.device;

import java.time.Instant;
import java.util.Objects;

/**
 * A device's status as one immutable value.
 *
 * @param citizenMessageKey bundle key of the plain words a citizen sees (e.g. {@code device.printer.paperOut})
 * @param technicianDetail  detail for the technician: port, bytes, codes; never personal data
 */
public record DeviceStatus(DeviceKind kind, String deviceId, DeviceState state, Supplies supplies,
                           String citizenMessageKey, String technicianDetail, SuggestedAction action,
                           Instant at) {
    public DeviceStatus {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(deviceId);
        Objects.requireNonNull(state);
        supplies = supplies == null ? Supplies.NOT_APPLICABLE : supplies;
        citizenMessageKey = citizenMessageKey == null ? state.citizenMessageKey() : citizenMessageKey;
        technicianDetail = technicianDetail == null ? "" : technicianDetail;
        action = action == null ? SuggestedAction.NONE : action;
        at = at == null ? Instant.now() : at;
    }

    public static DeviceStatus of(DeviceKind kind, String id, DeviceState state, String detail) {
        return new DeviceStatus(kind, id, state, null, null, detail, null, null);
    }

    public DeviceStatus withSupplies(Supplies s, String messageKey, String detail, SuggestedAction a) {
        return new DeviceStatus(kind, deviceId, state, s, messageKey, detail, a, Instant.now());
    }

    public boolean usable() {
        return state.usable() && supplies != Supplies.OUT && supplies != Supplies.JAMMED;
    }
}
