package org.govkiosk.ui;

import org.govkiosk.device.DeviceKind;
import org.govkiosk.device.DeviceStatus;
import org.govkiosk.device.Supplies;
import org.govkiosk.session.KioskState;

/**
 * The technician's words for device kinds, device states, supplies and kiosk states (the maintenance screens showed
 * the enum names, "ONLINE NOT_APPLICABLE"). Keys are spelt out so MessageKeysTest can check them.
 */
public final class MaintenanceWords {
    private MaintenanceWords() {}

    public static String kind(KioskUi ui, DeviceKind k) {
        return ui.t(switch (k) {
            case ID_CARD_READER -> "admin.kind.idCardReader";
            case CAMERA -> "admin.kind.camera";
            case QR_SCANNER -> "admin.kind.qrScanner";
            case DOCUMENT_PRINTER -> "admin.kind.documentPrinter";
            case RECEIPT_PRINTER -> "admin.kind.receiptPrinter";
            case INDICATORS -> "admin.kind.indicators";
            case SENSORS -> "admin.kind.sensors";
        });
    }

    /** "Working", or "Working · paper low"; supplies are left out where the device has none. */
    public static String status(KioskUi ui, DeviceStatus s) {
        String state = ui.t(switch (s.state()) {
            case ONLINE -> "admin.state.online";
            case OFFLINE -> "admin.state.offline";
            case NO_DEVICE -> "admin.state.noDevice";
            case HARDWARE_ERROR -> "admin.state.hardwareError";
            case USER_ERROR -> "admin.state.userError";
            case BUSY -> "admin.state.busy";
            case CLOSED -> "admin.state.closed";
        });
        String supplies = supplies(ui, s.supplies());
        return supplies == null ? state : ui.t("admin.stateAndSupplies", state, supplies);
    }

    static String supplies(KioskUi ui, Supplies s) {
        return switch (s) {
            case FULL -> ui.t("admin.supplies.full");
            case LOW -> ui.t("admin.supplies.low");
            case OUT -> ui.t("admin.supplies.out");
            case JAMMED -> ui.t("admin.supplies.jammed");
            case UNKNOWN -> ui.t("admin.supplies.unknown");
            case NOT_APPLICABLE -> null;
        };
    }

    public static String kioskState(KioskUi ui, KioskState s) {
        return ui.t(switch (s) {
            case INITIALISING -> "admin.kioskState.initialising";
            case AVAILABLE -> "admin.kioskState.available";
            case IN_SESSION -> "admin.kioskState.inSession";
            case MAINTENANCE -> "admin.kioskState.maintenance";
            case OUT_OF_SERVICE -> "admin.kioskState.outOfService";
        });
    }
}
