package org.govkiosk.identity;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Decodes the 256-byte text block a SAM returns into an {@link IdentityDocument}, for all four card types.
 * Only the shape is checked here (size, dates); whether the number's check digit holds or the card has
 * expired is {@link DocumentChecks}' business, so a technician can still decode a captured frame of a bad card.
 */
public final class TextBlockDecoder {
    private TextBlockDecoder() {}

    public static DocumentType typeOf(byte[] block) {
        char t = (char) ((block[TextBlock.TYPE_OFFSET] & 0xFF) | ((block[TextBlock.TYPE_OFFSET + 1] & 0xFF) << 8));
        return switch (t) {
            case 'I' -> DocumentType.FOREIGN_PERMANENT_2017;
            case 'J' -> DocumentType.HK_MACAO_TAIWAN_PERMIT;
            case 'Y' -> DocumentType.FOREIGN_PERMANENT_2023;
            default -> DocumentType.RESIDENT_ID;
        };
    }

    public static IdentityDocument decode(byte[] block) throws DocumentFormatException {
        if (block == null || block.length != TextBlock.SIZE) {
            throw new DocumentFormatException("text block must be " + TextBlock.SIZE + " bytes, got "
                    + (block == null ? "none" : block.length));
        }
        DocumentType type = typeOf(block);
        IdentityDocument doc = switch (type) {
            case RESIDENT_ID -> resident(block);
            case HK_MACAO_TAIWAN_PERMIT -> permit(block);
            case FOREIGN_PERMANENT_2017 -> foreign2017(block);
            case FOREIGN_PERMANENT_2023 -> foreign2023(block);
        };
        if (doc.number().isEmpty()) throw new DocumentFormatException("the " + type + " text block has no document number");
        return doc;
    }

    private static IdentityDocument resident(byte[] b) throws DocumentFormatException {
        return new IdentityDocument(DocumentType.RESIDENT_ID, read(b, TextBlock.NAME), gender(b, TextBlock.GENDER),
                read(b, TextBlock.NATION), TextBlock.date(b, TextBlock.BIRTH, false), read(b, TextBlock.ADDRESS),
                read(b, TextBlock.NUMBER), read(b, TextBlock.ISSUER), TextBlock.date(b, TextBlock.VALID_FROM, false),
                TextBlock.date(b, TextBlock.VALID_TO, true), Map.of());
    }

    private static IdentityDocument permit(byte[] b) throws DocumentFormatException {
        Map<String, String> extra = new LinkedHashMap<>();
        put(extra, b, TextBlock.J_PERMIT_NUMBER);
        put(extra, b, TextBlock.J_ISSUE_COUNT);
        return new IdentityDocument(DocumentType.HK_MACAO_TAIWAN_PERMIT, read(b, TextBlock.NAME), gender(b, TextBlock.GENDER),
                "", TextBlock.date(b, TextBlock.BIRTH, false), read(b, TextBlock.ADDRESS), read(b, TextBlock.NUMBER),
                read(b, TextBlock.ISSUER), TextBlock.date(b, TextBlock.VALID_FROM, false),
                TextBlock.date(b, TextBlock.VALID_TO, true), extra);
    }

    private static IdentityDocument foreign2017(byte[] b) throws DocumentFormatException {
        Map<String, String> extra = new LinkedHashMap<>();
        put(extra, b, TextBlock.I_ENGLISH_NAME);
        put(extra, b, TextBlock.I_NATIONALITY);
        put(extra, b, TextBlock.I_VERSION);
        put(extra, b, TextBlock.I_ISSUER_CODE);
        return new IdentityDocument(DocumentType.FOREIGN_PERMANENT_2017, read(b, TextBlock.I_CHINESE_NAME),
                gender(b, TextBlock.I_GENDER), "", TextBlock.date(b, TextBlock.I_BIRTH, false), "",
                read(b, TextBlock.I_NUMBER), read(b, TextBlock.I_ISSUER_CODE),
                TextBlock.date(b, TextBlock.VALID_FROM, false), TextBlock.date(b, TextBlock.VALID_TO, true), extra);
    }

    private static IdentityDocument foreign2023(byte[] b) throws DocumentFormatException {
        Map<String, String> extra = new LinkedHashMap<>();
        // The name runs on from the first field into the second; a space at the seam must survive trimming.
        String tail = read(b, TextBlock.Y_ENGLISH_2);
        String english = tail.isEmpty() ? read(b, TextBlock.Y_ENGLISH_1) : TextBlock.raw(b, TextBlock.Y_ENGLISH_1) + tail;
        if (!english.isEmpty()) extra.put("englishName", english);
        put(extra, b, TextBlock.Y_RENEWAL);
        put(extra, b, TextBlock.Y_COUNTRY);
        put(extra, b, TextBlock.Y_PREVIOUS);
        return new IdentityDocument(DocumentType.FOREIGN_PERMANENT_2023, read(b, TextBlock.NAME), gender(b, TextBlock.GENDER),
                "", TextBlock.date(b, TextBlock.BIRTH, false), "", read(b, TextBlock.NUMBER), "",
                TextBlock.date(b, TextBlock.VALID_FROM, false), TextBlock.date(b, TextBlock.VALID_TO, true), extra);
    }

    private static String read(byte[] b, TextBlock.Field f) {
        return TextBlock.read(b, f);
    }

    private static Gender gender(byte[] b, TextBlock.Field f) {
        return Gender.fromCode(TextBlock.read(b, f));
    }

    private static void put(Map<String, String> extra, byte[] b, TextBlock.Field f) {
        String v = TextBlock.read(b, f);
        if (!v.isEmpty()) extra.put(f.name(), v);
    }
}
