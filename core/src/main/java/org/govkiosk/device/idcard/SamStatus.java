package org.govkiosk.device.idcard;

import org.govkiosk.device.DeviceException;

/**
 * Every SW3 status of the SAM with the words for the citizen (a bundle key in {@code idcard_*.properties})
 * and for the technician, and the device-layer error it maps to.
 */
public enum SamStatus {
    SUCCESS(0x90, "idcard.ok", "success", null),
    FIND_SUCCESS(0x9F, "idcard.ok", "find card success", null),
    NO_CONTENT(0x91, "idcard.ok", "the card has no content for this item", null),
    HOST_CHECKSUM_ERROR(0x10, "idcard.error.reader", "reader saw a checksum error in the host frame (line noise or wrong baud)", DeviceException.Code.PROTOCOL),
    HOST_LENGTH_ERROR(0x11, "idcard.error.reader", "reader saw a length error in the host frame", DeviceException.Code.PROTOCOL),
    COMMAND_ERROR(0x21, "idcard.error.reader", "reader rejected the command (unsupported by this SAM)", DeviceException.Code.PROTOCOL),
    UNAUTHORISED_OPERATION(0x23, "idcard.error.reader", "unauthorised operation", DeviceException.Code.FAILURE),
    UNRECOGNISED_ERROR(0x24, "idcard.error.reader", "unrecognised error inside the SAM", DeviceException.Code.FAILURE),
    CARD_AUTH_SAM_FAILED(0x31, "idcard.error.cardNotGenuine", "card failed to authenticate the SAM", DeviceException.Code.USER_ERROR),
    SAM_AUTH_CARD_FAILED(0x32, "idcard.error.cardNotGenuine", "SAM failed to authenticate the card", DeviceException.Code.USER_ERROR),
    VERIFICATION_ERROR(0x33, "idcard.error.cardNotGenuine", "information verification error", DeviceException.Code.USER_ERROR),
    UNKNOWN_CARD_TYPE(0x40, "idcard.error.unknownCard", "unrecognised card type", DeviceException.Code.USER_ERROR),
    CARD_READ_FAILED(0x41, "idcard.error.readFailed", "card read failed (card moved or removed during the read)", DeviceException.Code.USER_ERROR),
    RANDOM_FAILED(0x47, "idcard.error.readFailed", "get-random from the card failed", DeviceException.Code.USER_ERROR),
    SAM_SELF_TEST_FAILED(0x60, "idcard.error.reader", "SAM self-test failed: the module needs maintenance", DeviceException.Code.FAILURE),
    SAM_NOT_AUTHORISED(0x66, "idcard.error.reader", "SAM not authorised: the module needs (re)authorisation by its issuer", DeviceException.Code.FAILURE),
    NO_CARD(0x80, "idcard.placeCard", "find card failed: no card", null),
    SELECT_FAILED(0x81, "idcard.error.readFailed", "select card failed", DeviceException.Code.USER_ERROR),
    UNKNOWN(-1, "idcard.error.reader", "SW3 not in GA/T 467", DeviceException.Code.PROTOCOL);

    private final int sw3;
    private final String citizenMessageKey;
    private final String technicianText;
    private final DeviceException.Code errorCode;

    SamStatus(int sw3, String citizenMessageKey, String technicianText, DeviceException.Code errorCode) {
        this.sw3 = sw3;
        this.citizenMessageKey = citizenMessageKey;
        this.technicianText = technicianText;
        this.errorCode = errorCode;
    }

    public int sw3() { return sw3; }

    public String citizenMessageKey() { return citizenMessageKey; }

    public String technicianText() { return technicianText; }

    /** The device error this status becomes when a command fails with it; null for non-errors. */
    public DeviceException.Code errorCode() { return errorCode; }

    /** A fault in the reader itself rather than in the card: the technician must act. */
    public boolean isReaderFault() {
        return errorCode == DeviceException.Code.FAILURE;
    }

    public static SamStatus of(int sw3) {
        for (SamStatus s : values()) if (s.sw3 == (sw3 & 0xFF)) return s;
        return UNKNOWN;
    }

    /** The error a failed command raises, with the raw SW bytes for the technician. */
    public DeviceException toException(SamCommand during, int sw1, int sw2, int rawSw3) {
        String detail = String.format("%s answered SW %02X %02X %02X: %s", during, sw1 & 0xFF, sw2 & 0xFF, rawSw3 & 0xFF, technicianText);
        return new DeviceException(errorCode == null ? DeviceException.Code.FAILURE : errorCode, citizenMessageKey, detail);
    }
}
