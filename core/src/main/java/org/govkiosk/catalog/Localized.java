package org.govkiosk.catalog;

import java.util.Locale;

/** A text in the two languages the kiosk speaks. */
public record Localized(String zh, String en) {
    public Localized {
        zh = zh == null ? "" : zh;
        en = en == null ? "" : en;
    }

    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && !en.isEmpty() ? en : zh;
    }
}
