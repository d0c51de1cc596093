package org.govkiosk.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The merged properties of this kiosk: built-in defaults ({@code default.properties}, where every key is
 * documented) overlaid by the site file and then by explicit overrides, so one file per kiosk holds only what
 * differs. A key that is not documented stops loading with the file it came from and the closest known key.
 *
 * <p>Components never read keys: each capability's record ({@link KioskSettings} lists them) binds its keys
 * once at start-up through the typed readers here, whose messages name the key, the file and the expected form.
 */
public final class KioskConfig {
    static final String DEFAULTS = "default.properties";
    /** Where {@link #load} overrides and {@link #with} changes say they came from. */
    public static final String OVERRIDES = "overrides";

    private final Map<String, String> values;
    private final Map<String, String> origins;
    /** Keys a binder asked for; only set on the copy {@link #tracking()} makes for the "one place" test. */
    private final Set<String> reads;

    private KioskConfig(Map<String, String> values, Map<String, String> origins, Set<String> reads) {
        this.values = Map.copyOf(values);
        this.origins = Map.copyOf(origins);
        this.reads = reads;
    }

    public static KioskConfig defaults() {
        return load(null, Map.of());
    }

    /**
     * @param siteFile  a UTF-8 properties file, or null
     * @param overrides last word (command line, tests)
     * @throws ConfigException for an unreadable file or an unknown key
     */
    public static KioskConfig load(Path siteFile, Map<String, String> overrides) {
        Map<String, String> merged = new TreeMap<>(ConfigKeys.defaults());
        Map<String, String> origins = new HashMap<>();
        merged.keySet().forEach(k -> origins.put(k, DEFAULTS));
        if (siteFile != null) {
            Map<String, String> site;
            try (Reader r = Files.newBufferedReader(siteFile, StandardCharsets.UTF_8)) {
                site = read(r);
            } catch (IOException e) {
                throw new ConfigException("cannot read config file " + siteFile + ": " + e.getMessage(), e);
            }
            ConfigKeys.requireKnown(site.keySet(), siteFile.toString());
            merged.putAll(site);
            site.keySet().forEach(k -> origins.put(k, siteFile.toString()));
        }
        return new KioskConfig(merged, origins, null).with(overrides, OVERRIDES);
    }

    static Map<String, String> read(Reader r) throws IOException {
        Properties p = new Properties();
        p.load(r);
        Map<String, String> m = new TreeMap<>();
        p.forEach((k, v) -> m.put(k.toString(), v.toString().trim()));
        return m;
    }

    static Map<String, String> readResource(String name) {
        try (InputStream in = KioskConfig.class.getResourceAsStream(name)) {
            if (in == null) throw new ConfigException("built-in " + name + " is missing from the jar");
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ConfigException("built-in " + name + " cannot be read", e);
        }
    }

    /** A copy with some keys replaced (tests, command-line options); unknown keys are refused as in a site file. */
    public KioskConfig with(Map<String, String> changes) {
        return with(changes, OVERRIDES);
    }

    /** A copy with some keys replaced; {@code origin} names where they came from in messages. */
    public KioskConfig with(Map<String, String> changes, String origin) {
        if (changes.isEmpty()) return this;
        ConfigKeys.requireKnown(changes.keySet(), origin);
        Map<String, String> m = new TreeMap<>(values);
        Map<String, String> o = new HashMap<>(origins);
        changes.forEach((k, v) -> {
            m.put(k, v == null ? "" : v.trim());
            o.put(k, origin);
        });
        return new KioskConfig(m, o, reads);
    }

    /** Where a key's value came from: default.properties, the site file's path, or "overrides". */
    public String origin(String key) {
        return origins.getOrDefault(key, DEFAULTS);
    }

    // ---- typed readers, for the binders of the records in this package ------------------------------------

    /** A copy that remembers which keys binders read (the test that every documented key is bound). */
    KioskConfig tracking() {
        return new KioskConfig(values, origins, ConcurrentHashMap.newKeySet());
    }

    Set<String> keysRead() {
        return reads == null ? Set.of() : Collections.unmodifiableSet(reads);
    }

    private ConfigException bad(String key, String expected, String value) {
        return new ConfigException(origin(key) + ": '" + key + "' must be " + expected + ", not '" + value + "'");
    }

    public String string(String key) {
        if (reads != null) reads.add(key);
        String v = values.get(key);
        if (v == null) throw new ConfigException("missing config key '" + key + "' (document it in " + DEFAULTS + ")");
        return v;
    }

    public String required(String key, String expected) {
        String v = string(key);
        if (v.isEmpty()) throw bad(key, expected, v);
        return v;
    }

    public Optional<String> optional(String key) {
        String v = string(key);
        return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    public int integer(String key) {
        return integer(key, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    public int integer(String key, int min, int max) {
        String v = string(key);
        String expected = max == Integer.MAX_VALUE ? "a whole number of at least " + min : "a whole number from " + min + " to " + max;
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) throw bad(key, expected, v);
            return n;
        } catch (NumberFormatException e) {
            throw bad(key, expected, v);
        }
    }

    public long longNumber(String key) {
        String v = string(key);
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw bad(key, "a whole number", v);
        }
    }

    public double decimal(String key, double min, double max) {
        String v = string(key);
        String expected = "a number from " + min + " to " + max;
        try {
            double f = Double.parseDouble(v);
            if (!(f >= min && f <= max)) throw bad(key, expected, v);
            return f;
        } catch (NumberFormatException e) {
            throw bad(key, expected, v);
        }
    }

    public boolean flag(String key) {
        String v = string(key);
        if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("yes")) return true;
        if (v.equalsIgnoreCase("false") || v.equalsIgnoreCase("no")) return false;
        throw bad(key, "true or false", v);
    }

    /** Durations are written with a unit: {@code 800ms}, {@code 20s}, {@code 10m}; never negative. */
    public Duration duration(String key) {
        String raw = string(key);
        Duration d = parseDuration(raw);
        if (d == null) throw bad(key, "a duration like 800ms, 20s or 10m", raw);
        return d;
    }

    /** A duration that must be more than zero (a poll interval, a deadline). */
    public Duration positiveDuration(String key) {
        Duration d = duration(key);
        if (d.isZero()) throw bad(key, "a duration above zero like 800ms, 20s or 10m", string(key));
        return d;
    }

    static Duration parseDuration(String raw) {
        String v = raw.trim().toLowerCase(Locale.ROOT);
        try {
            long n;
            Duration d;
            if (v.endsWith("ms")) d = Duration.ofMillis(n = Long.parseLong(v.substring(0, v.length() - 2).trim()));
            else if (v.endsWith("s")) d = Duration.ofSeconds(n = Long.parseLong(v.substring(0, v.length() - 1).trim()));
            else if (v.endsWith("m")) d = Duration.ofMinutes(n = Long.parseLong(v.substring(0, v.length() - 1).trim()));
            else if (v.endsWith("h")) d = Duration.ofHours(n = Long.parseLong(v.substring(0, v.length() - 1).trim()));
            else return null;
            return n < 0 ? null : d;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A comma-separated list, items trimmed, empty items dropped; an empty value is the empty list. */
    public List<String> list(String key) {
        return Arrays.stream(string(key).split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public Optional<Path> path(String key) {
        Optional<String> v = optional(key);
        try {
            return v.map(Path::of);
        } catch (InvalidPathException e) {
            throw bad(key, "a file or directory path", v.orElse(""));
        }
    }

    public URI uri(String key, Set<String> schemes) {
        String v = string(key);
        String expected = "a URL starting with " + String.join("://, ", new java.util.TreeSet<>(schemes)) + "://";
        try {
            URI u = URI.create(v);
            if (u.getScheme() == null || !schemes.contains(u.getScheme().toLowerCase(Locale.ROOT)) || u.getHost() == null) {
                throw bad(key, expected, v);
            }
            return u;
        } catch (IllegalArgumentException e) {
            throw bad(key, expected, v);
        }
    }

    public ZoneId zone(String key) {
        String v = string(key);
        try {
            return ZoneId.of(v);
        } catch (DateTimeException e) {
            throw bad(key, "a time zone like Asia/Shanghai", v);
        }
    }

    <E extends Enum<E>> E choice(String key, Class<E> type) {
        String v = string(key);
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(v)) return e;
        }
        throw bad(key, "one of " + Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).toList(), v);
    }

    /** Every key of a documented family ({@link ConfigKeys#families()}), prefix removed. */
    public Map<String, String> family(String prefix) {
        if (reads != null) reads.add(prefix + "*");
        Map<String, String> m = new TreeMap<>();
        values.forEach((k, v) -> {
            if (k.startsWith(prefix)) m.put(k.substring(prefix.length()), v);
        });
        return m;
    }

    /** Thrown by binders for a value that reads fine alone but not with the others. */
    public ConfigException invalid(String key, String why) {
        return new ConfigException(origin(key) + ": '" + key + "' " + why);
    }
}
