package org.govkiosk.identity;

/**
 * Builds the 256-byte text block of a card from an {@link IdentityDocument}: the inverse of
 * {@link TextBlockDecoder}. The SAM emulator uses it to serve synthetic cards; tests use it to build frames.
 * Type-specific fields come from {@link IdentityDocument#extra()} under the decoder's key names.
 */
public final class TextBlockEncoder {
    private TextBlockEncoder() {}

    public static byte[] encode(IdentityDocument d) {
        byte[] b = new byte[TextBlock.SIZE];
        for (int i = 0; i < b.length; i += 2) b[i] = 0x20; // padding everywhere, including reserved fields
        switch (d.type()) {
            case RESIDENT_ID -> {
                common(b, d);
                TextBlock.write(b, TextBlock.NATION, d.nationCode());
            }
            case HK_MACAO_TAIWAN_PERMIT -> {
                common(b, d);
                TextBlock.write(b, TextBlock.J_PERMIT_NUMBER, d.extra().get("permitNumber"));
                TextBlock.write(b, TextBlock.J_ISSUE_COUNT, d.extra().get("issueCount"));
                type(b, 'J');
            }
            case FOREIGN_PERMANENT_2017 -> {
                TextBlock.write(b, TextBlock.I_ENGLISH_NAME, d.extra().get("englishName"));
                TextBlock.write(b, TextBlock.I_GENDER, d.gender().code());
                TextBlock.write(b, TextBlock.I_NUMBER, d.number());
                TextBlock.write(b, TextBlock.I_NATIONALITY, d.extra().get("nationality"));
                TextBlock.write(b, TextBlock.I_CHINESE_NAME, d.name());
                TextBlock.write(b, TextBlock.VALID_FROM, TextBlock.date(d.validFrom()));
                TextBlock.write(b, TextBlock.VALID_TO, TextBlock.date(d.validTo()));
                TextBlock.write(b, TextBlock.I_BIRTH, TextBlock.date(d.birthDate()));
                TextBlock.write(b, TextBlock.I_VERSION, d.extra().get("cardVersion"));
                TextBlock.write(b, TextBlock.I_ISSUER_CODE, d.extra().getOrDefault("issuerCode", d.issuer()));
                type(b, 'I');
            }
            case FOREIGN_PERMANENT_2023 -> {
                TextBlock.write(b, TextBlock.NAME, d.name());
                TextBlock.write(b, TextBlock.GENDER, d.gender().code());
                TextBlock.write(b, TextBlock.Y_RENEWAL, d.extra().get("renewalCount"));
                TextBlock.write(b, TextBlock.BIRTH, TextBlock.date(d.birthDate()));
                String english = d.extra().getOrDefault("englishName", "");
                int split = Math.min(english.length(), TextBlock.Y_ENGLISH_1.size() / 2);
                TextBlock.write(b, TextBlock.Y_ENGLISH_1, english.substring(0, split));
                TextBlock.write(b, TextBlock.Y_ENGLISH_2, english.substring(split));
                TextBlock.write(b, TextBlock.NUMBER, d.number());
                TextBlock.write(b, TextBlock.VALID_FROM, TextBlock.date(d.validFrom()));
                TextBlock.write(b, TextBlock.VALID_TO, TextBlock.date(d.validTo()));
                TextBlock.write(b, TextBlock.Y_COUNTRY, d.extra().get("nationality"));
                TextBlock.write(b, TextBlock.Y_PREVIOUS, d.extra().get("previousCardLink"));
                type(b, 'Y');
            }
        }
        return b;
    }

    private static void common(byte[] b, IdentityDocument d) {
        TextBlock.write(b, TextBlock.NAME, d.name());
        TextBlock.write(b, TextBlock.GENDER, d.gender().code());
        TextBlock.write(b, TextBlock.BIRTH, TextBlock.date(d.birthDate()));
        TextBlock.write(b, TextBlock.ADDRESS, d.address());
        TextBlock.write(b, TextBlock.NUMBER, d.number());
        TextBlock.write(b, TextBlock.ISSUER, d.issuer());
        TextBlock.write(b, TextBlock.VALID_FROM, TextBlock.date(d.validFrom()));
        TextBlock.write(b, TextBlock.VALID_TO, TextBlock.date(d.validTo()));
    }

    private static void type(byte[] b, char t) {
        b[TextBlock.TYPE_OFFSET] = (byte) t;
        b[TextBlock.TYPE_OFFSET + 1] = 0;
    }
}
