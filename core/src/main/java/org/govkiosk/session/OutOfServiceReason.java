package org.govkiosk.session;

/** Why the kiosk is out of service (CUSS): shown to citizens in plain words, to operators as a code. */
public enum OutOfServiceReason {
    HARDWARE, CONSUMABLES, BACKEND, HOURS;

    public String citizenMessageKey() { return "kiosk.outOfService." + name().toLowerCase(); }
}
