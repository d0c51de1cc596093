package org.govkiosk.device;

/** The typed error set of the device layer (after JavaPOS). */
public class DeviceException extends Exception {
    public enum Code { CLOSED, NOT_CLAIMED, NO_HARDWARE, OFFLINE, TIMEOUT, BUSY, ILLEGAL, FAILURE, PROTOCOL, USER_ERROR }

    private final Code code;
    private final String citizenMessageKey;

    public DeviceException(Code code, String citizenMessageKey, String technicianDetail) {
        super(technicianDetail);
        this.code = code;
        this.citizenMessageKey = citizenMessageKey;
    }

    public DeviceException(Code code, String citizenMessageKey, String technicianDetail, Throwable cause) {
        super(technicianDetail, cause);
        this.code = code;
        this.citizenMessageKey = citizenMessageKey;
    }

    public Code code() { return code; }

    /** Bundle key of the words a citizen sees. */
    public String citizenMessageKey() { return citizenMessageKey; }

    /** Detail for the technician (the exception message). */
    public String technicianDetail() { return getMessage(); }
}
