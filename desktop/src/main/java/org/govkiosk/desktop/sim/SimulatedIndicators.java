package org.govkiosk.desktop.sim;

import java.util.function.Consumer;
import org.govkiosk.device.DeviceKind;
import org.govkiosk.device.indicator.Indicators;

/** The status light and help-call line, shown on the developer panel instead of GPIO pins. */
public final class SimulatedIndicators extends SimulatedDevice implements Indicators {
    private volatile Light light = Light.OFF;
    private volatile boolean help;
    private volatile Consumer<SimulatedIndicators> onChange = i -> {};

    public SimulatedIndicators() {
        super("indicators-sim", DeviceKind.INDICATORS);
    }

    /** The panel redraws from here; called on the caller's thread. */
    public void setChangeListener(Consumer<SimulatedIndicators> listener) {
        onChange = listener == null ? i -> {} : listener;
    }

    @Override
    public void setStatusLight(Light next) {
        // An unplugged light board shows nothing, but the last request is kept, as on the kiosk.
        light = next;
        if (next != Light.OFF) statistics().increment("light." + next.name().toLowerCase());
        onChange.accept(this);
    }

    @Override
    public void setHelpCall(boolean calling) {
        help = calling;
        if (calling) statistics().increment("helpCalls");
        onChange.accept(this);
    }

    @Override public Light statusLight() { return light; }

    @Override public boolean helpCalling() { return help; }

    /** What a person would see: nothing while unplugged. */
    public Light visibleLight() {
        return plugged() ? light : Light.OFF;
    }
}
