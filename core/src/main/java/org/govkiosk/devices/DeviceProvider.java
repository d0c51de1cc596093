package org.govkiosk.devices;

import org.govkiosk.config.KioskSettings;

/**
 * Makes one port's device (after Pi4J 2's providers): the kiosk registers real ones (jSSC serial, CUPS, GPIO),
 * the desktop emulators, core registers "none" for every port. Creating must not talk to the hardware: the
 * context starts every device afterwards, each failure logged and shown as "unavailable".
 */
@FunctionalInterface
public interface DeviceProvider<T> {
    /**
     * @param settings  the kiosk's bound settings: a provider takes its port's record ({@code settings.idCard()} ...);
     *                  a plug-in with keys of its own binds them from {@code settings.source()}
     * @param resources where to register what must be closed after the devices (links, emulators, threads)
     * @return the device, or null for "this kiosk has none"
     */
    T create(KioskSettings settings, Resources resources) throws Exception;

    /** Things a provider made besides the device; closed in reverse order after every device is closed. */
    interface Resources {
        <R extends AutoCloseable> R closeLater(R resource);
    }
}
