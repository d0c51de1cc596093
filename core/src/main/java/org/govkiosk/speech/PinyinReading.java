package org.govkiosk.speech;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Chinese text as tone-numbered pinyin ({@code 请取卡} -> {@code qing3 qu3 ka3}) for espeak-ng's
 * {@code cmn-latn-pinyin} voice. Debian's espeak-ng 1.51 {@code cmn} dictionary lacks many common characters
 * (九, 万, 元, 年, 身, 份 ...) and spells them out through its English fallback ("jiu three"); its pinyin voice
 * pronounces every syllable. A character with several readings takes pinyin4j's first (the common one).
 */
public final class PinyinReading {
    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setToneType(HanyuPinyinToneType.WITH_TONE_NUMBER);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
    }

    private PinyinReading() {}

    public static String of(String text) {
        // 80% is said 百分之八十: the percentage comes first.
        text = text.replaceAll("([0-9]+(?:\\.[0-9]+)?)\\s*[%％]", "百分之$1");
        StringBuilder b = new StringBuilder(text.length() * 4);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String syllable = syllable(c);
            if (syllable != null) {
                if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') b.append(' ');
                b.append(syllable).append(' ');
                continue;
            }
            switch (c) {
                case '。', '！', '？', '；', '…' -> b.append(". ");
                case '，', '、', '：' -> b.append(", ");
                case '“', '”', '‘', '’', '（', '）', '《', '》', '(', ')', '"' -> b.append(' ');
                default -> b.append(c);
            }
        }
        return b.toString().replaceAll(" {2,}", " ").strip();
    }

    private static String syllable(char c) {
        if (c == '〇') return "ling2";
        if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) return null;
        try {
            String[] r = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
            return r == null || r.length == 0 ? null : r[0];
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException("pinyin4j rejected a fixed output format", e);
        }
    }
}
