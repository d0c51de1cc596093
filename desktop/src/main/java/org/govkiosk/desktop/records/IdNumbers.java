package org.govkiosk.desktop.records;

/** GB 11643 check characters for the 18-character numbers of resident IDs and the permits that share the scheme. */
public final class IdNumbers {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private IdNumbers() {}

    /** Appends the check character to 17 digits. */
    public static String withCheck(String first17) {
        if (first17.length() != 17 || !first17.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("need 17 digits");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        return first17 + CHECK.charAt(sum % 11);
    }

    public static boolean valid(String number) {
        return number != null && number.length() == 18 && withCheck(number.substring(0, 17)).equalsIgnoreCase(number);
    }
}
