package org.govkiosk.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every word the citizen sees, from bundles under {@code i18n/} in zh_CN and en. One bundle family per
 * capability ({@code ui}, {@code device}, {@code idcard}, {@code records}, {@code print}, {@code catalog},
 * {@code face}, {@code speech}) so each capability owns its words. Tests check that both languages have the same keys and that every key the code
 * uses exists ({@code MessageKeysTest}); under test ({@value #STRICT_PROPERTY}=true, set by the build) a missing
 * key throws, so a screen that would show one fails its test. In production a missing key shows as
 * {@code ⟦key⟧} and is logged: the citizen's session is never crashed over a word.
 */
public final class Messages {
    public static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    public static final Locale EN = Locale.ENGLISH;
    public static final List<String> FAMILIES = List.of("ui", "device", "idcard", "records", "print", "catalog", "face", "speech");

    /** System property that makes a missing key throw instead of rendering as {@code ⟦key⟧}. */
    public static final String STRICT_PROPERTY = "govkiosk.i18n.strict";
    private static final Logger log = LoggerFactory.getLogger(Messages.class);

    private final Locale locale;
    private final List<ResourceBundle> bundles;
    private final boolean strict;

    public Messages(Locale locale) {
        this(locale, Boolean.getBoolean(STRICT_PROPERTY));
    }

    public Messages(Locale locale, boolean strict) {
        this.locale = locale;
        this.strict = strict;
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
        if (strict) throw new MissingResourceException("no message '" + key + "' in " + locale, "i18n", key);
        log.error("no message '{}' in {}: add it to the i18n bundles", key, locale);
        return "⟦" + key + "⟧";
    }
}
