package org.govkiosk.device.indicator;

import java.util.function.Consumer;
import org.govkiosk.device.Device;

/** Port for the presence sensor, cabinet door switch, paper-low switch and the speech-mode key. */
public interface Sensors extends Device {
    enum Sensor { PRESENCE, CABINET_DOOR_OPEN, PAPER_LOW, SPEECH_KEY }

    boolean isActive(Sensor sensor);

    /** Called with the sensor and its new state on every change. */
    void setListener(Consumer<SensorEvent> listener);

    record SensorEvent(Sensor sensor, boolean active) {}
}
