package org.govkiosk.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** default.properties is the one place keys are documented: every documented key is bound, every bound key documented. */
class ConfigKeysTest {

    @Test
    void everyDocumentedKeyIsBoundBySomeRecordAndEveryReadKeyIsDocumented() {
        KioskConfig tracking = KioskConfig.defaults().tracking();
        KioskSettings.bind(tracking);
        // Capabilities with their own package bind their keys where they are built (from KioskSettings.source()).
        org.govkiosk.devices.DeviceContext.Builder.providerNames(tracking);
        KioskConfig fleet = tracking.with(java.util.Map.of("fleet.mqtt.url", "tcp://127.0.0.1:1883")).tracking();
        org.govkiosk.fleet.FleetSettings.from(fleet);
        Set<String> read = new java.util.HashSet<>(tracking.keysRead());
        read.addAll(fleet.keysRead());

        Set<String> dead = new TreeSet<>();
        for (String key : ConfigKeys.documented()) {
            boolean inFamily = ConfigKeys.families().stream().anyMatch(f -> key.startsWith(f) && read.contains(f + "*"));
            if (!read.contains(key) && !inFamily) dead.add(key);
        }
        assertEquals(Set.of(), dead, "documented in default.properties but bound by no record");

        Set<String> undocumented = new TreeSet<>();
        for (String key : read) {
            boolean ok = key.endsWith("*") ? ConfigKeys.families().contains(key.substring(0, key.length() - 1))
                    : ConfigKeys.documented().contains(key);
            if (!ok) undocumented.add(key);
        }
        assertEquals(Set.of(), undocumented, "read by a record but not documented in default.properties");
    }

    @Test
    void familiesAreDeclaredInDefaultProperties() {
        assertEquals(Set.of("records.service.key."), ConfigKeys.families());
        assertTrue(ConfigKeys.isKnown("records.service.key.ZZ-GX-0042"));
        assertFalse(ConfigKeys.isKnown("records.service.key."), "a family member needs a name");
        assertFalse(ConfigKeys.isKnown("gpio.pin.lightBlue"), "GPIO pins are the documented seven, not a family");
    }

    @Test
    void closestKeyIsSuggestedForTyposAndVariants() {
        assertEquals("idcard.baud", ConfigKeys.closest("idcard.baudrate"));
        assertEquals("session.inactivity", ConfigKeys.closest("session.inactivty"));
        assertEquals("records.readTimeout", ConfigKeys.closest("records.readtimeout"));
        assertEquals("gpio.pin.lightGreen", ConfigKeys.closest("gpio.pin.lightgren"));
        assertNull(ConfigKeys.closest("zzzzzz"), "nothing plausible: no suggestion");
    }

    @Test
    void unknownOverrideIsRefusedWithEveryProblemInOneMessage() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> KioskConfig.load(null, Map.of("idcard.baudrate", "9600", "scanner.sufix", "CR")));
        assertEquals("overrides: unknown key 'idcard.baudrate' (did you mean 'idcard.baud'?)\n"
                + "overrides: unknown key 'scanner.sufix' (did you mean 'scanner.suffix'?)", e.getMessage());
    }

    @Test
    void editDistance() {
        assertEquals(0, ConfigKeys.distance("abc", "abc"));
        assertEquals(1, ConfigKeys.distance("abc", "abd"));
        assertEquals(4, ConfigKeys.distance("idcard.baudrate", "idcard.baud"));
        assertEquals(3, ConfigKeys.distance("", "abc"));
    }
}
