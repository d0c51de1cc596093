package org.govkiosk.ui.layout;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Where a line may break: only where UAX #14 allows it (never inside "2010-02-25", "325,000" or an English word)
 * and, in Chinese, only between dictionary words (never "管/理局"). The font wraps with it and the layout check
 * verifies laid-out text against it, so the two agree on one rule.
 */
public final class LineBreaks {
    private static final ThreadLocal<BreakIterator> LINE =
            ThreadLocal.withInitial(() -> BreakIterator.getLineInstance(ULocale.SIMPLIFIED_CHINESE));
    private static final ThreadLocal<BreakIterator> WORD =
            ThreadLocal.withInitial(() -> BreakIterator.getWordInstance(ULocale.SIMPLIFIED_CHINESE));

    private LineBreaks() {}

    /**
     * Loads ICU's break rules and its Chinese dictionary (~0.5 s cold, once per process). ICU keeps both for
     * every thread, so doing this on another thread while the window opens takes it off the first frame.
     */
    public static void warmUp() {
        allowed("住房公积金缴存证明 Housing fund 2024-01-15", 3);
        allowed("住房公积金缴存证明 Housing fund 2024-01-15", 20);
    }

    /** Whether a line may end before {@code text[index]} (0 < index < length). */
    public static boolean allowed(String text, int index) {
        if (index <= 0 || index >= text.length()) return true;
        char before = text.charAt(index - 1);
        if (before == '\n') return true;
        // A code with digits stays whole at its hyphens too: serial "ZZ-FGJ-20261203-3ECBB6248A" (UAX #14 breaks after
        // any hyphen between letters), whereas "Self-Service" may still break.
        if (before == '-' && tokenHasDigit(text, index)) return false;
        BreakIterator line = LINE.get();
        line.setText(text);
        if (!line.isBoundary(index)) return false;
        // UAX #14 breaks between any two ideographs; a dictionary word must stay whole.
        if (Character.isWhitespace(before)) return true;
        BreakIterator word = WORD.get();
        word.setText(text);
        return word.isBoundary(index);
    }

    private static boolean tokenHasDigit(String text, int index) {
        int from = index, to = index;
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) from--;
        while (to < text.length() && !Character.isWhitespace(text.charAt(to))) to++;
        for (int i = from; i < to; i++) if (Character.isDigit(text.charAt(i))) return true;
        return false;
    }

    /**
     * The last place at or before {@code end} where a line may start, or 0 when the text has none after its
     * first character (a single word longer than the line).
     */
    public static int lastBreakBefore(String text, int end) {
        for (int i = Math.min(end, text.length() - 1); i > 0; i--) {
            if (Character.isWhitespace(text.charAt(i))) return i;
            if (allowed(text, i)) return i;
        }
        return 0;
    }
}
