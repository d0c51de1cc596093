package org.govkiosk.desktop.sim;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import org.govkiosk.device.DeviceKind;
import org.govkiosk.device.DeviceState;
import org.govkiosk.device.DeviceStatus;
import org.govkiosk.device.SuggestedAction;
import org.govkiosk.device.Supplies;
import org.govkiosk.device.indicator.Sensors;

/**
 * Presence, cabinet door and paper-low switches flipped from the developer panel. Reports paper low and an open
 * door in its status exactly as the kiosk's GPIO sensors do, so operator views look the same in the demo.
 */
public final class SimulatedSensors extends SimulatedDevice implements Sensors {
    private final Map<Sensor, Boolean> levels = new EnumMap<>(Sensor.class);
    private volatile Consumer<SensorEvent> listener = e -> {};

    public SimulatedSensors() {
        super("sensors-sim", DeviceKind.SENSORS);
        for (Sensor s : Sensor.values()) levels.put(s, false);
    }

    /** Flips a switch; listeners hear only real changes, and nothing while unplugged. */
    public void set(Sensor sensor, boolean active) {
        synchronized (levels) {
            if (levels.get(sensor) == active) return;
            levels.put(sensor, active);
        }
        if (!plugged() || phase() == Phase.CLOSED) return;
        statistics().increment(sensor.name().toLowerCase() + (active ? ".on" : ".off"));
        publish();
        listener.accept(new SensorEvent(sensor, active));
    }

    @Override
    public boolean isActive(Sensor sensor) {
        if (!plugged()) return false;
        synchronized (levels) {
            return levels.get(sensor);
        }
    }

    @Override
    public void setListener(Consumer<SensorEvent> l) {
        listener = l == null ? e -> {} : l;
    }

    @Override
    public void replug() {
        super.replug();
        if (phase() != Phase.CLOSED) publish();
    }

    @Override
    protected void doOpen() {
        if (plugged()) publish();
        else updateState(DeviceState.OFFLINE, "simulated device unplugged");
    }

    private void publish() {
        boolean paperLow = isActive(Sensor.PAPER_LOW);
        boolean door = isActive(Sensor.CABINET_DOOR_OPEN);
        updateStatus(new DeviceStatus(kind(), id(), DeviceState.ONLINE, paperLow ? Supplies.LOW : Supplies.FULL,
                paperLow ? "device.sensors.paperLow" : door ? "device.sensors.doorOpen" : null,
                "simulated: presence=" + isActive(Sensor.PRESENCE) + " doorOpen=" + door + " paperLow=" + paperLow,
                paperLow ? SuggestedAction.REFILL : door ? SuggestedAction.MAINTENANCE : SuggestedAction.NONE, null));
    }
}
