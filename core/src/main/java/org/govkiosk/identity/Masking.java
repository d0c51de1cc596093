package org.govkiosk.identity;

/** The one place that decides how identifiers and names are masked for logs, screens and print. */
public final class Masking {
    private Masking() {}

    /** An 18-character number keeps its first 4 and last 4 characters ({@code 4101**********1234}). */
    public static String idNumber(String number) {
        if (number == null || number.isBlank()) return "";
        String n = number.trim();
        if (n.length() <= 8) return "*".repeat(n.length());
        return n.substring(0, 4) + "*".repeat(n.length() - 8) + n.substring(n.length() - 4);
    }

    /** {@code 张三丰} -> {@code 张**}: keeps the surname character only. */
    public static String name(String name) {
        if (name == null || name.isBlank()) return "";
        String n = name.trim();
        int first = n.offsetByCodePoints(0, 1);
        return n.substring(0, first) + "*".repeat(n.codePointCount(first, n.length()));
    }

    /** Keeps the last 4 characters of an account, phone or card number. */
    public static String tail(String value) {
        if (value == null || value.isBlank()) return "";
        String v = value.trim();
        if (v.length() <= 4) return "*".repeat(v.length());
        return "*".repeat(v.length() - 4) + v.substring(v.length() - 4);
    }
}
