package org.govkiosk.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every word the citizen sees, from bundles under {@code i18n/} in zh_CN and en. One bundle family per
 * capability ({@code ui}, {@code device}, {@code idcard}, {@code records}, {@code print}, {@code catalog}) so each
 * capability owns its words. A missing key shows as {@code ⟦key⟧} (never a crash) and a test checks both
 * languages have the same keys.
 */
public final class Messages {
    public static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    public static final Locale EN = Locale.ENGLISH;
    public static final List<String> FAMILIES = List.of("ui", "device", "idcard", "records", "print", "catalog");

    private final Locale locale;
    private final List<ResourceBundle> bundles;

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundles = FAMILIES.stream().map(f -> load(f, locale)).filter(b -> b != null).toList();
    }

    private static ResourceBundle load(String family, Locale locale) {
        try {
            // No fallback to the JVM's default locale: the kiosk's language is the citizen's choice.
            return ResourceBundle.getBundle("i18n." + family, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            return null;
        }
    }

    public Locale locale() { return locale; }

    public boolean has(String key) {
        return bundles.stream().anyMatch(b -> b.containsKey(key));
    }

    public String get(String key, Object... args) {
        for (ResourceBundle b : bundles) {
            if (b.containsKey(key)) {
                String pattern = b.getString(key);
                return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
            }
        }
        return "⟦" + key + "⟧";
    }
}
