package org.govkiosk.devices;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.govkiosk.config.ConfigException;
import org.govkiosk.config.KioskConfig;
import org.govkiosk.config.KioskSettings;
import org.govkiosk.device.Device;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place a kiosk's devices are assembled, used by both launchers (in the spirit of Pi4J 2's Context):
 * each launcher registers the providers it has, the config chooses one per port ({@code devices.idcard=serial}),
 * and the context makes the devices, builds the {@link DeviceSet}, starts them and closes them with everything
 * the providers made. A port configured with a provider nobody registered stops start-up with a message that
 * names the key and the providers there are.
 */
public final class DeviceContext implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DeviceContext.class);

    /** The provider name every port has: no device. */
    public static final String NONE = "none";

    private final DeviceSet devices;
    private final Map<String, String> chosen;
    private final Deque<AutoCloseable> resources;
    private boolean closed;

    private DeviceContext(DeviceSet devices, Map<String, String> chosen, Deque<AutoCloseable> resources) {
        this.devices = devices;
        this.chosen = chosen;
        this.resources = resources;
    }

    public static Builder builder() { return new Builder(); }

    public DeviceSet devices() { return devices; }

    /** Which provider each config key chose, for the start-up log and the technician. */
    public Map<String, String> chosen() { return chosen; }

    /** Starts every device; one failing device does not stop the others (it shows as unavailable). */
    public DeviceContext start() {
        devices.startAll(log);
        return this;
    }

    /** Closes every device, then what the providers made (emulators, links), in reverse order. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        devices.closeAll();
        while (!resources.isEmpty()) {
            AutoCloseable r = resources.pop();
            try {
                r.close();
            } catch (Exception e) {
                log.warn("closing {} failed: {}", r, e.toString());
            }
        }
    }

    public static final class Builder {
        private final Map<DeviceSlot<?>, Map<String, DeviceProvider<?>>> providers = new LinkedHashMap<>();

        private Builder() {
            for (DeviceSlot<?> slot : DeviceSlot.ALL) provider(slot, NONE, (c, r) -> null);
        }

        /** Registers (or replaces) the provider called {@code name} for {@code slot}. */
        public <T> Builder provider(DeviceSlot<T> slot, String name, DeviceProvider<? extends T> provider) {
            providers.computeIfAbsent(slot, s -> new HashMap<>()).put(name, provider);
            return this;
        }

        /**
         * Makes every port's device with the provider the config names. Nothing is started yet; a failure
         * closes whatever was already made.
         */
        /** The {@code devices.*} keys: the provider each port's key names, bound once here. */
        public static Map<String, String> providerNames(KioskConfig config) {
            Map<String, String> names = new LinkedHashMap<>();
            for (DeviceSlot<?> slot : DeviceSlot.ALL) names.put(slot.configKey(), config.string(slot.configKey()).trim());
            return names;
        }

        public DeviceContext build(KioskSettings config) {
            Deque<AutoCloseable> resources = new ArrayDeque<>();
            DeviceProvider.Resources res = new DeviceProvider.Resources() {
                @Override
                public <R extends AutoCloseable> R closeLater(R resource) {
                    resources.push(resource);
                    return resource;
                }
            };
            Map<String, String> chosen = new LinkedHashMap<>();
            List<Device> made = new ArrayList<>();
            DeviceSet.Builder set = DeviceSet.builder();
            try {
                Map<String, String> providers = providerNames(config.source());
                for (DeviceSlot<?> slot : DeviceSlot.ALL) {
                    String name = providers.get(slot.configKey());
                    chosen.put(slot.configKey(), name);
                    Object device = make(slot, name, config, res);
                    if (device instanceof Device d) made.add(d);
                    put(set, slot, device);
                }
            } catch (RuntimeException e) {
                made.forEach(Device::close);
                resources.forEach(DeviceContext::closeQuietly);
                throw e;
            }
            log.info("devices: {}", chosen);
            return new DeviceContext(set.build(), Map.copyOf(chosen), resources);
        }

        private Object make(DeviceSlot<?> slot, String name, KioskSettings config, DeviceProvider.Resources res) {
            Map<String, DeviceProvider<?>> forSlot = providers.getOrDefault(slot, Map.of());
            DeviceProvider<?> p = forSlot.get(name);
            if (p == null) {
                throw new ConfigException(slot.configKey() + "=" + name + ": no such " + slot + " provider in this launcher; "
                        + "there are: " + String.join(", ", new TreeSet<>(forSlot.keySet())));
            }
            try {
                return p.create(config, res);
            } catch (ConfigException e) {
                throw e;
            } catch (Exception e) {
                throw new ConfigException(slot.configKey() + "=" + name + ": the " + slot + " could not be made: " + e.getMessage(), e);
            }
        }

        private static void put(DeviceSet.Builder set, DeviceSlot<?> slot, Object device) {
            if (device == null) return;
            Object d = slot.type().cast(device);
            if (slot == DeviceSlot.ID_CARD) set.idCard((org.govkiosk.device.idcard.IdCardReader) d);
            else if (slot == DeviceSlot.CAMERA) set.camera((org.govkiosk.device.camera.FaceCamera) d);
            else if (slot == DeviceSlot.FACE_VERIFIER) set.faceVerifier((org.govkiosk.device.camera.FaceVerifier) d);
            else if (slot == DeviceSlot.SCANNER) set.scanner((org.govkiosk.device.scanner.QrScanner) d);
            else if (slot == DeviceSlot.DOCUMENT_PRINTER) set.documentPrinter((org.govkiosk.device.printer.DocumentPrinter) d);
            else if (slot == DeviceSlot.RECEIPT_PRINTER) set.receiptPrinter((org.govkiosk.device.receipt.ReceiptPrinter) d);
            else if (slot == DeviceSlot.INDICATORS) set.indicators((org.govkiosk.device.indicator.Indicators) d);
            else if (slot == DeviceSlot.SENSORS) set.sensors((org.govkiosk.device.indicator.Sensors) d);
        }
    }

    private static void closeQuietly(AutoCloseable r) {
        try {
            r.close();
        } catch (Exception e) {
            log.warn("closing {} failed: {}", r, e.toString());
        }
    }
}
