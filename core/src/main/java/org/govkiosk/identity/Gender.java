package org.govkiosk.identity;

/** GB/T 2261.1 gender codes. */
public enum Gender {
    UNKNOWN("0"), MALE("1"), FEMALE("2"), UNSTATED("9");

    private final String code;

    Gender(String code) { this.code = code; }

    public String code() { return code; }

    /** The word printed on the card's face (男/女); bundles hold the citizen-facing words in each language. */
    public String chineseName() {
        return switch (this) {
            case MALE -> "男";
            case FEMALE -> "女";
            case UNSTATED -> "未说明";
            case UNKNOWN -> "未知";
        };
    }

    /** Bundle key for this gender's name ({@code idcard.gender.male} ...). */
    public String messageKey() {
        return switch (this) {
            case MALE -> "idcard.gender.male";
            case FEMALE -> "idcard.gender.female";
            case UNSTATED -> "idcard.gender.unstated";
            case UNKNOWN -> "idcard.gender.unknown";
        };
    }

    public static Gender fromCode(String code) {
        for (Gender g : values()) if (g.code.equals(code == null ? "" : code.trim())) return g;
        return UNKNOWN;
    }
}
