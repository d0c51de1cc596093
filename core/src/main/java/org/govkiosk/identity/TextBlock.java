package org.govkiosk.identity;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * The field layouts of the 256-byte UCS-2LE text block (GA/T 467, protocols.md section 1), shared by the
 * decoder and the encoder so the two cannot disagree.
 */
final class TextBlock {
    static final int SIZE = 256;
    static final int TYPE_OFFSET = 248;
    static final String LONG_TERM = "长期";
    private static final DateTimeFormatter YMD = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    /** A field as offset and size in bytes. */
    record Field(String name, int offset, int size) {}

    // Resident ID card; the Hong Kong/Macao/Taiwan permit shares offsets 0..219 (nation slot unused).
    static final Field NAME = new Field("name", 0, 30);
    static final Field GENDER = new Field("gender", 30, 2);
    static final Field NATION = new Field("nation", 32, 4);
    static final Field BIRTH = new Field("birthDate", 36, 16);
    static final Field ADDRESS = new Field("address", 52, 70);
    static final Field NUMBER = new Field("number", 122, 36);
    static final Field ISSUER = new Field("issuer", 158, 30);
    static final Field VALID_FROM = new Field("validFrom", 188, 16);
    static final Field VALID_TO = new Field("validTo", 204, 16);
    static final Field J_PERMIT_NUMBER = new Field("permitNumber", 220, 18);
    static final Field J_ISSUE_COUNT = new Field("issueCount", 238, 4);

    // 2017 foreign permanent resident card ('I').
    static final Field I_ENGLISH_NAME = new Field("englishName", 0, 120);
    static final Field I_GENDER = new Field("gender", 120, 2);
    static final Field I_NUMBER = new Field("number", 122, 30);
    static final Field I_NATIONALITY = new Field("nationality", 152, 6);
    static final Field I_CHINESE_NAME = new Field("name", 158, 30);
    static final Field I_BIRTH = new Field("birthDate", 220, 16);
    static final Field I_VERSION = new Field("cardVersion", 236, 4);
    static final Field I_ISSUER_CODE = new Field("issuerCode", 240, 8);

    // 2023 foreign permanent resident card ('Y').
    static final Field Y_RENEWAL = new Field("renewalCount", 32, 4);
    static final Field Y_ENGLISH_1 = new Field("englishName", 52, 70);
    static final Field Y_ENGLISH_2 = new Field("englishName2", 220, 22);
    static final Field Y_COUNTRY = new Field("nationality", 242, 6);
    static final Field Y_PREVIOUS = new Field("previousCardLink", 250, 6);

    private TextBlock() {}

    static String read(byte[] block, Field f) {
        return trimPadding(new String(block, f.offset(), f.size(), StandardCharsets.UTF_16LE));
    }

    static String raw(byte[] block, Field f) {
        return new String(block, f.offset(), f.size(), StandardCharsets.UTF_16LE);
    }

    /** Cards pad with spaces; some writers pad with NULs. Both go. */
    static String trimPadding(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\0' || s.charAt(end - 1) == '\u3000')) end--;
        int start = 0;
        while (start < end && (s.charAt(start) == ' ' || s.charAt(start) == '\0')) start++;
        return s.substring(start, end);
    }

    static void write(byte[] block, Field f, String value) {
        String v = value == null ? "" : value;
        byte[] bytes = v.getBytes(StandardCharsets.UTF_16LE);
        if (bytes.length > f.size()) {
            throw new IllegalArgumentException("field " + f.name() + " holds " + f.size() / 2 + " characters, got " + v.length());
        }
        System.arraycopy(bytes, 0, block, f.offset(), bytes.length);
        for (int i = f.offset() + bytes.length; i < f.offset() + f.size(); i += 2) {
            block[i] = 0x20;
            block[i + 1] = 0;
        }
    }

    static LocalDate date(byte[] block, Field f, boolean longTermAllowed) throws DocumentFormatException {
        String s = read(block, f);
        if (longTermAllowed && s.equals(LONG_TERM)) return null;
        try {
            return LocalDate.parse(s, YMD);
        } catch (DateTimeParseException e) {
            throw new DocumentFormatException("field " + f.name() + " at offset " + f.offset() + " is not a YYYYMMDD date"
                    + (longTermAllowed ? " or 长期" : "") + " (" + s.length() + " characters)");
        }
    }

    static String date(LocalDate d) {
        return d == null ? LONG_TERM : d.format(YMD);
    }
}
