package org.govkiosk.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The kiosk's configuration: pins, ports, endpoints, timeouts and texts of this site. Built-in defaults
 * ({@code default.properties}) are overlaid by the site file and then by explicit overrides, so one file
 * per kiosk holds only what differs. Keys are documented in {@code default.properties}.
 */
public final class KioskConfig {
    private final Map<String, String> values;

    private KioskConfig(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    public static KioskConfig defaults() {
        return load(null, Map.of());
    }

    /**
     * @param siteFile  a UTF-8 properties file, or null
     * @param overrides last word (command line, tests)
     */
    public static KioskConfig load(Path siteFile, Map<String, String> overrides) {
        Map<String, String> merged = new TreeMap<>();
        try (InputStream in = KioskConfig.class.getResourceAsStream("default.properties")) {
            merged.putAll(read(new java.io.InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException | NullPointerException e) {
            throw new ConfigException("built-in default.properties is missing from the jar", e);
        }
        if (siteFile != null) {
            try (Reader r = Files.newBufferedReader(siteFile, StandardCharsets.UTF_8)) {
                merged.putAll(read(r));
            } catch (IOException e) {
                throw new ConfigException("cannot read config file " + siteFile + ": " + e.getMessage(), e);
            }
        }
        merged.putAll(overrides);
        return new KioskConfig(merged);
    }

    private static Map<String, String> read(Reader r) throws IOException {
        Properties p = new Properties();
        p.load(r);
        Map<String, String> m = new TreeMap<>();
        p.forEach((k, v) -> m.put(k.toString(), v.toString().trim()));
        return m;
    }

    /** A copy with some keys replaced (tests, the admin screen's edits before saving). */
    public KioskConfig with(Map<String, String> changes) {
        Map<String, String> m = new TreeMap<>(values);
        m.putAll(changes);
        return new KioskConfig(m);
    }

    public String string(String key) {
        String v = values.get(key);
        if (v == null) throw new ConfigException("missing config key '" + key + "'");
        return v;
    }

    public Optional<String> optional(String key) {
        String v = values.get(key);
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    public int integer(String key) {
        String v = string(key);
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new ConfigException("config key '" + key + "' must be a whole number, not '" + v + "'");
        }
    }

    public boolean flag(String key) {
        String v = string(key);
        if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("yes")) return true;
        if (v.equalsIgnoreCase("false") || v.equalsIgnoreCase("no")) return false;
        throw new ConfigException("config key '" + key + "' must be true or false, not '" + v + "'");
    }

    /** Durations are written with a unit: {@code 800ms}, {@code 20s}, {@code 10m}. */
    public Duration duration(String key) {
        String v = string(key).toLowerCase();
        try {
            if (v.endsWith("ms")) return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2).trim()));
            if (v.endsWith("s")) return Duration.ofSeconds(Long.parseLong(v.substring(0, v.length() - 1).trim()));
            if (v.endsWith("m")) return Duration.ofMinutes(Long.parseLong(v.substring(0, v.length() - 1).trim()));
        } catch (NumberFormatException e) {
            // fall through to the message below
        }
        throw new ConfigException("config key '" + key + "' must be a duration like 800ms, 20s or 10m, not '" + v + "'");
    }

    /** All keys with a prefix, prefix removed (e.g. every {@code gpio.pin.} entry). */
    public Map<String, String> section(String prefix) {
        Map<String, String> m = new TreeMap<>();
        values.forEach((k, v) -> {
            if (k.startsWith(prefix)) m.put(k.substring(prefix.length()), v);
        });
        return m;
    }

    public Map<String, String> asMap() {
        return values;
    }
}
