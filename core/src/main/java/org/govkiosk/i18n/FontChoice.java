package org.govkiosk.i18n;

/**
 * Which of the two fonts sets a character, on screen and in the PDFs alike: the Latin font (Latin script, digits,
 * Western punctuation) or the CJK font (Chinese characters and Chinese punctuation, and whatever else the Latin font
 * lacks).
 *
 * <p>A few punctuation marks have one code point in both writing systems but two shapes: the CJK font's quotes,
 * ellipsis, dash and middle dot are full-width (designed for a grid of square characters), the Latin font's are
 * proportional. They follow the language of the text around them, judged over the whole paragraph: a Chinese sentence
 * quoting 退出办理 or “PIN” keeps full-width quotes (GB/T 15834), an English sentence keeps proportional ones even
 * around a Chinese name, where full-width quotes would open wide gaps between words. Per-paragraph rather than
 * per-neighbour, because an opening and a closing quote must match, and the quoted word's script says nothing about
 * the sentence's.
 */
public final class FontChoice {
    private FontChoice() {}

    /** Punctuation both scripts use with the same code point, set by the language of its paragraph. */
    public static boolean shared(int cp) {
        return switch (cp) {
            case 0x2018, 0x2019, 0x201C, 0x201D, 0x2026, 0x2014, 0x00B7 -> true;
            default -> false;
        };
    }

    /** Characters the Latin font sets (shared punctuation included: its Latin shape, in Latin text). */
    public static boolean latin(int cp) {
        return (cp >= 0x20 && cp <= 0x7E)
                || (cp >= 0xA0 && cp <= 0x17F) // Latin-1 and Latin Extended-A: European names, ā ē ī ō ū ě
                || (cp >= 0x1CD && cp <= 0x1DC) // pinyin with the third tone and ü: ǎ ǐ ǒ ǔ ǖ ǘ ǚ ǜ
                || (cp >= 0x2010 && cp <= 0x2027) // dashes, quotes, bullet, ellipsis
                || (cp >= 0x2030 && cp <= 0x203A) // per mille, primes, single guillemets
                || cp == 0x20AC || cp == 0x2122;
    }

    /** Every character {@link #latin} accepts, for fonts that render their glyphs up front. */
    public static String latinCharacters() {
        StringBuilder b = new StringBuilder();
        for (int cp = 0x20; cp <= 0x2122; cp++) if (latin(cp)) b.appendCodePoint(cp);
        return b.toString();
    }

    /**
     * Whether shared punctuation in {@code text[start, end)} takes the CJK font: the paragraph is Chinese, i.e. it
     * has more Chinese characters than Latin words (one Chinese character carries about what one English word does).
     */
    public static boolean cjkContext(CharSequence text, int start, int end) {
        int han = 0;
        int words = 0;
        boolean inWord = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (cjk(c)) han++;
            boolean letter = c < 0x2E80 && Character.isLetter(c);
            if (letter && !inWord) words++;
            inWord = letter;
        }
        return han > words;
    }

    /** Whether a character is Chinese writing: ideographs, kana, CJK and full-width punctuation. */
    public static boolean cjk(int cp) {
        return (cp >= 0x2E80 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFFEF) || (cp >= 0x20000 && cp <= 0x3134F);
    }
}
