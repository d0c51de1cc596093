package org.govkiosk.devices;

import org.govkiosk.config.KioskConfig;

/**
 * Makes one port's device (after Pi4J 2's providers): the kiosk registers real ones (jSSC serial, CUPS, GPIO),
 * the desktop emulators, core registers "none" for every port. Creating must not talk to the hardware: the
 * context starts every device afterwards, each failure logged and shown as "unavailable".
 */
@FunctionalInterface
public interface DeviceProvider<T> {
    /**
     * @param resources where to register what must be closed after the devices (links, emulators, threads)
     * @return the device, or null for "this kiosk has none"
     */
    T create(KioskConfig config, Resources resources) throws Exception;

    /** Things a provider made besides the device; closed in reverse order after every device is closed. */
    interface Resources {
        <R extends AutoCloseable> R closeLater(R resource);
    }
}
