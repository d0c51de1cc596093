package org.govkiosk.config;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The controller board's GPIO: BCM pin numbers by name ({@code gpio.pin.<name>}, the names documented in
 * default.properties), the inputs wired active-low, the debounce time.
 */
public record GpioConfig(Map<String, Integer> pins, Set<String> activeLow, Duration debounce) {
    static final String PIN = "gpio.pin.";

    public GpioConfig {
        pins = Map.copyOf(pins);
        activeLow = Set.copyOf(activeLow);
    }

    public static GpioConfig from(KioskConfig c) {
        Map<String, Integer> pins = new TreeMap<>();
        for (String key : ConfigKeys.documented()) {
            if (key.startsWith(PIN)) pins.put(key.substring(PIN.length()), c.integer(key, 0, 63));
        }
        Set<String> low = Set.copyOf(c.list("gpio.activeLow"));
        for (String name : low) {
            if (!pins.containsKey(name)) throw c.invalid("gpio.activeLow", "names '" + name + "', which is not a pin (one of " + pins.keySet() + ")");
        }
        return new GpioConfig(pins, low, c.duration("gpio.debounce"));
    }

    /** The BCM number of a named pin. */
    public int pin(String name) {
        Integer n = pins.get(name);
        if (n == null) throw new ConfigException("no GPIO pin '" + name + "' (document " + PIN + name + " in default.properties)");
        return n;
    }

    public boolean isActiveLow(String name) {
        return activeLow.contains(name);
    }
}
