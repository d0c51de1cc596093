package org.govkiosk.identity;

/**
 * GB 11643-1999 citizen identity numbers: 17 digits and a check character. The 2023 foreign permanent
 * resident card and the Hong Kong/Macao/Taiwan residence permit use the same rule.
 */
public final class IdNumbers {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private IdNumbers() {}

    /** The check character for the first 17 digits of a number. */
    public static char checkDigit(String first17) {
        if (first17 == null || first17.length() < 17) throw new IllegalArgumentException("need 17 digits");
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = first17.charAt(i);
            if (c < '0' || c > '9') throw new IllegalArgumentException("not a digit at position " + (i + 1));
            sum += (c - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /** Whether the text has the 18-character shape (17 digits, then a digit or X). */
    public static boolean isWellFormed(String number) {
        if (number == null || number.length() != 18) return false;
        for (int i = 0; i < 17; i++) {
            char c = number.charAt(i);
            if (c < '0' || c > '9') return false;
        }
        char last = Character.toUpperCase(number.charAt(17));
        return (last >= '0' && last <= '9') || last == 'X';
    }

    /** Well formed and the check character matches; a lower-case x is accepted as readers sometimes send it. */
    public static boolean isValid(String number) {
        return isWellFormed(number) && checkDigit(number) == Character.toUpperCase(number.charAt(17));
    }

    /** The date of birth in digits 7-14 (YYYYMMDD) of a well-formed number; empty if those digits are no date. */
    public static java.util.Optional<java.time.LocalDate> birthDate(String number) {
        if (!isWellFormed(number)) return java.util.Optional.empty();
        try {
            return java.util.Optional.of(java.time.LocalDate.parse(number.substring(6, 14), java.time.format.DateTimeFormatter.BASIC_ISO_DATE));
        } catch (java.time.format.DateTimeParseException e) {
            return java.util.Optional.empty();
        }
    }

    /**
     * Face identification is refused for a document of someone under 14 (the guardian rule of the 2025 face
     * recognition measures): they identify with the card, with a guardian. True also when the number shows no
     * birth date, so an unreadable number never slips through to face.
     */
    public static boolean tooYoungForFace(String number, java.time.LocalDate today) {
        return birthDate(number).map(b -> b.plusYears(14).isAfter(today)).orElse(true);
    }

    /** Completes 17 digits with their check character (used to build synthetic cards). */
    public static String withCheckDigit(String first17) {
        return first17.substring(0, 17) + checkDigit(first17);
    }
}
