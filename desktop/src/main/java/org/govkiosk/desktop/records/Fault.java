package org.govkiosk.desktop.records;

import java.util.Locale;

/** Misbehaviours the embedded service can put on, so the kiosk's handling of each can be tested and demonstrated. */
public enum Fault {
    /** Answer normally. */
    NONE,
    /** Wait {@code records.service.faultDelay} before answering (longer than the client's read timeout in tests). */
    SLOW,
    /** HTTP 500 with a JSON error body. */
    ERROR500,
    /** HTTP 200 whose body is not JSON. */
    GARBAGE,
    /** HTTP 200 that promises a length and closes the connection half way. */
    TRUNCATED,
    /** HTTP 200 with a body larger than any client limit, sent chunked so only counting can catch it. */
    OVERSIZED,
    /** HTTP 503, as a gateway in maintenance would answer. */
    UNAVAILABLE;

    public static Fault parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new org.govkiosk.config.ConfigException("records.service.fault '" + s + "' is not one of "
                    + java.util.Arrays.toString(values()).toLowerCase(Locale.ROOT));
        }
    }
}
