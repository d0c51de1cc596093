package org.govkiosk.config;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The keys a kiosk understands: exactly those in {@code default.properties}, plus the key families declared
 * there by a comment line {@code # key family: records.service.key.<kioskId>} (keys whose last part is a name
 * the site chooses). Anything else is a typo or a key from another version, and stops start-up.
 */
public final class ConfigKeys {
    private static final Pattern FAMILY = Pattern.compile("^#\\s*key family:\\s*([A-Za-z0-9_.]+\\.)<[^>]+>");
    private static final Map<String, String> DEFAULTS = KioskConfig.readResource(KioskConfig.DEFAULTS);
    private static final Set<String> FAMILIES = readFamilies();

    private ConfigKeys() {}

    static Map<String, String> defaults() {
        return DEFAULTS;
    }

    /** Every documented key, family examples included. */
    public static Set<String> documented() {
        return new TreeSet<>(DEFAULTS.keySet());
    }

    /** Prefixes of the documented families, e.g. {@code records.service.key.}. */
    public static Set<String> families() {
        return FAMILIES;
    }

    public static boolean isKnown(String key) {
        if (DEFAULTS.containsKey(key)) return true;
        for (String f : FAMILIES) {
            if (key.startsWith(f) && key.length() > f.length()) return true;
        }
        return false;
    }

    /** Refuses unknown keys, all of them in one message, each with the closest known key. */
    static void requireKnown(Collection<String> keys, String origin) {
        List<String> problems = new ArrayList<>();
        for (String k : new TreeSet<>(keys)) {
            if (isKnown(k)) continue;
            String msg = origin + ": unknown key '" + k + "'";
            String close = closest(k);
            problems.add(close == null ? msg + " (every key is documented in " + KioskConfig.DEFAULTS + ")"
                    : msg + " (did you mean '" + close + "'?)");
        }
        if (!problems.isEmpty()) throw new ConfigException(String.join("\n", problems));
    }

    /** The known key nearest by edit distance, or null when none is near enough to be a plausible typo. */
    static String closest(String key) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        List<String> candidates = new ArrayList<>(DEFAULTS.keySet());
        FAMILIES.forEach(f -> candidates.add(f + "<name>"));
        for (String k : candidates) {
            int d = distance(key.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        // A typo or a longer/shorter variant of a real key is within half the key's length; beyond that the
        // "suggestion" would be noise.
        return bestDistance <= Math.max(2, key.length() / 2) ? best : null;
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static Set<String> readFamilies() {
        Set<String> out = new TreeSet<>();
        try (InputStream in = KioskConfig.class.getResourceAsStream(KioskConfig.DEFAULTS);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                Matcher m = FAMILY.matcher(line.trim());
                if (m.find()) out.add(m.group(1));
            }
        } catch (IOException e) {
            throw new ConfigException("built-in " + KioskConfig.DEFAULTS + " cannot be read", e);
        }
        return Set.copyOf(out);
    }
}
