package org.govkiosk.kiosk.gpio;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.govkiosk.config.ConfigException;
import org.govkiosk.config.KioskConfig;

/** Reads the {@code gpio.*} keys: BCM pin numbers, which inputs are wired active-low, the debounce time. */
final class GpioPins {
    private final KioskConfig config;
    private final Set<String> activeLow;

    GpioPins(KioskConfig config) {
        this.config = config;
        this.activeLow = config.optional("gpio.activeLow")
                .map(v -> Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    int pin(String name) {
        int pin = config.integer("gpio.pin." + name);
        if (pin < 0 || pin > 63) throw new ConfigException("gpio.pin." + name + " must be a BCM pin number 0-63, not " + pin);
        return pin;
    }

    boolean isActiveLow(String name) {
        return activeLow.contains(name);
    }

    java.time.Duration debounce() {
        return config.optional("gpio.debounce").isPresent() ? config.duration("gpio.debounce") : java.time.Duration.ofMillis(50);
    }

    /** Why there is no GPIO, in words a technician can act on. */
    static String noGpioDetail(Throwable e) {
        return "no usable GPIO on this machine (" + e.getClass().getSimpleName() + ": " + e.getMessage() + "). "
                + "Expected on an x86 PC without a GPIO board; on the kiosk controller check that /dev/gpiochip0 exists "
                + "and the service user is in the 'gpio' group (see docs/deployment.md)";
    }

    /** Releases the named I/Os of a context; a pin that will not let go is logged, not fatal (we are closing). */
    static void shutdown(com.pi4j.context.Context context, java.util.List<String> ids, org.slf4j.Logger log) {
        if (context == null) return;
        for (String id : ids) {
            try {
                if (context.registry().exists(id)) context.shutdown(id);
            } catch (Exception e) {
                log.debug("GPIO {} did not shut down: {}", id, e.toString());
            }
        }
    }
}
