package org.govkiosk.speech;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govkiosk.identity.Masking;

/**
 * The last check before anything is said: a full ID number becomes "ending 1234" (尾号1234), her full name only its
 * surname, and mask stars are not read out. Screens already show masked values; this catches a value that slipped
 * through, because a voice in a public room reaches further than a screen.
 */
public final class SpokenPrivacy {
    // 18-character resident ID numbers (last may be X) and old 15-digit ones, not inside a longer digit run.
    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9])([0-9]{17}[0-9Xx]|[0-9]{15})(?![0-9Xx])");

    private SpokenPrivacy() {}

    /** @param fullName the session's card holder name, or null */
    public static String guard(Locale locale, String text, String fullName) {
        boolean en = locale.getLanguage().equals("en");
        String t = text;
        if (fullName != null && fullName.strip().codePointCount(0, fullName.strip().length()) > 1) {
            t = t.replace(fullName.strip(), Masking.name(fullName));
        }
        Matcher m = ID_NUMBER.matcher(t);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String tail = m.group(1).substring(m.group(1).length() - 4);
            m.appendReplacement(b, Matcher.quoteReplacement(en ? "ending " + tail : "尾号" + tail));
        }
        m.appendTail(b);
        return b.toString().replace("*", "").replace("＊", "");
    }
}
