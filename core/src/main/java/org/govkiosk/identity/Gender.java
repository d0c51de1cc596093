package org.govkiosk.identity;

/** GB/T 2261.1 gender codes. */
public enum Gender {
    UNKNOWN("0"), MALE("1"), FEMALE("2"), UNSTATED("9");

    private final String code;

    Gender(String code) { this.code = code; }

    public String code() { return code; }

    public static Gender fromCode(String code) {
        for (Gender g : values()) if (g.code.equals(code == null ? "" : code.trim())) return g;
        return UNKNOWN;
    }
}
