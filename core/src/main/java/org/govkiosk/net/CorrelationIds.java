package org.govkiosk.net;

import java.util.regex.Pattern;

/**
 * Correlation ids come from the other side of a connection: only a short token of safe characters goes into
 * logs and answers, so nobody can forge log lines (CR/LF), smuggle markup or flood a log with a megabyte header.
 */
public final class CorrelationIds {
    public static final int MAX_LENGTH = 64;
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1," + MAX_LENGTH + "}");

    private CorrelationIds() {}

    /** The id if it is 1-64 characters of {@code A-Z a-z 0-9 . _ : -}; otherwise null (treated as absent). */
    public static String validOrNull(String id) {
        return id != null && SAFE.matcher(id).matches() ? id : null;
    }
}
