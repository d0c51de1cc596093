package org.govkiosk.catalog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Toneless pinyin spellings of a Chinese text, full ({@code gongjijin}) and initials ({@code gjj}). Characters
 * with several readings (行 xing/hang, 长 chang/zhang) yield several spellings, so a citizen who knows either
 * reading finds the item; the product is capped to keep the index small.
 */
final class Pinyin {
    private static final int MAX_VARIANTS = 8;
    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
    }

    /** Full spellings and initials of one text; non-Chinese characters pass through lower-cased. */
    record Spellings(Set<String> full, Set<String> initials) {}

    private Pinyin() {}

    static Spellings of(String text) {
        List<StringBuilder> full = new ArrayList<>(List.of(new StringBuilder()));
        List<StringBuilder> init = new ArrayList<>(List.of(new StringBuilder()));
        for (char c : text.toCharArray()) {
            String[] readings = readings(c);
            if (readings.length == 0) {
                if (Character.isLetterOrDigit(c)) {
                    char lc = Character.toLowerCase(c);
                    full.forEach(b -> b.append(lc));
                    init.forEach(b -> b.append(lc));
                }
                continue;
            }
            full = extend(full, readings, false);
            init = extend(init, readings, true);
        }
        return new Spellings(toSet(full), toSet(init));
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static String[] readings(char c) {
        if (!isHan(c)) return new String[0];
        try {
            String[] r = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
            if (r == null) return new String[0];
            Set<String> distinct = new LinkedHashSet<>(List.of(r));
            return distinct.toArray(String[]::new);
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException("pinyin4j rejected a fixed output format", e);
        }
    }

    private static List<StringBuilder> extend(List<StringBuilder> prefixes, String[] readings, boolean initialsOnly) {
        Set<String> parts = new LinkedHashSet<>();
        for (String r : readings) parts.add(initialsOnly ? r.substring(0, 1) : r);
        List<StringBuilder> out = new ArrayList<>();
        for (StringBuilder p : prefixes) {
            for (String part : parts) {
                if (out.size() >= MAX_VARIANTS) break;
                out.add(new StringBuilder(p).append(part));
            }
        }
        return out;
    }

    private static Set<String> toSet(List<StringBuilder> builders) {
        Set<String> s = new LinkedHashSet<>();
        builders.forEach(b -> s.add(b.toString()));
        return s;
    }
}
