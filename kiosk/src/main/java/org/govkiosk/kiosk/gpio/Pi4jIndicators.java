package org.govkiosk.kiosk.gpio;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import java.util.ArrayList;
import java.util.List;
import org.govkiosk.config.GpioConfig;
import org.govkiosk.device.AbstractDevice;
import org.govkiosk.device.DeviceKind;
import org.govkiosk.device.DeviceState;
import org.govkiosk.device.DeviceStatus;
import org.govkiosk.device.HealthLevel;
import org.govkiosk.device.HealthReport;
import org.govkiosk.device.indicator.Indicators;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The three-colour status light and the help-call line on GPIO outputs ({@code gpio.pin.lightGreen/Amber/Red},
 * {@code gpio.pin.helpCall}). Without a GPIO provider the device reports NO_DEVICE and remembers what it was
 * asked to show, so the UI never has to care.
 */
public final class Pi4jIndicators extends AbstractDevice implements Indicators {
    private static final Logger log = LoggerFactory.getLogger(Pi4jIndicators.class);

    private final GpioContextSource source;
    private final GpioConfig pins;
    private Context context;
    private DigitalOutput green;
    private DigitalOutput amber;
    private DigitalOutput red;
    private DigitalOutput help;
    private volatile Light light = Light.OFF;
    private volatile boolean helpCalling;

    public Pi4jIndicators(GpioConfig config, GpioContextSource source) {
        super("indicators", DeviceKind.INDICATORS);
        this.source = source;
        this.pins = config;
    }

    @Override
    protected void doOpen() {
        List<String> created = new ArrayList<>();
        try {
            context = source.context();
            green = output("lightGreen", created);
            amber = output("lightAmber", created);
            red = output("lightRed", created);
            help = output("helpCall", created);
            updateState(DeviceState.ONLINE, "GPIO outputs " + describePins());
        } catch (Exception | LinkageError e) {
            shutdown(created);
            green = amber = red = help = null;
            updateState(DeviceState.NO_DEVICE, GpioPins.noGpioDetail(e));
        }
    }

    private DigitalOutput output(String name, List<String> created) {
        String id = "govkiosk-" + name;
        DigitalOutput out = context.create(DigitalOutput.newConfigBuilder(context).id(id).name(name)
                .address(pins.pin(name)).initial(DigitalState.LOW).shutdown(DigitalState.LOW));
        created.add(id);
        return out;
    }

    private String describePins() {
        return "green=" + pins.pin("lightGreen") + " amber=" + pins.pin("lightAmber") + " red=" + pins.pin("lightRed")
                + " help=" + pins.pin("helpCall");
    }

    @Override
    public synchronized void setStatusLight(Light next) {
        light = next;
        if (green == null) return;
        try {
            // Off first, then on: never two colours lit at once, even for a moment.
            for (DigitalOutput o : new DigitalOutput[] {green, amber, red}) {
                if (o != target(next)) o.low();
            }
            DigitalOutput on = target(next);
            if (on != null) on.high();
        } catch (RuntimeException e) {
            fault("status light", e);
        }
    }

    private DigitalOutput target(Light l) {
        return switch (l) {
            case GREEN -> green;
            case AMBER -> amber;
            case RED -> red;
            case OFF -> null;
        };
    }

    @Override
    public synchronized void setHelpCall(boolean calling) {
        helpCalling = calling;
        if (help == null) return;
        try {
            help.state(calling ? DigitalState.HIGH : DigitalState.LOW);
            if (calling) statistics().increment("helpCalls");
        } catch (RuntimeException e) {
            fault("help-call line", e);
        }
    }

    private void fault(String what, RuntimeException e) {
        statistics().increment("gpioErrors");
        log.warn("GPIO write to {} failed: {}", what, e.toString());
        updateState(DeviceState.HARDWARE_ERROR, "GPIO write to " + what + " failed: " + e);
    }

    @Override public Light statusLight() { return light; }

    @Override public boolean helpCalling() { return helpCalling; }

    @Override
    public HealthReport checkHealth(HealthLevel level) {
        DeviceStatus s = status();
        if (green == null) return super.checkHealth(level);
        List<String> details = List.of(
                "pins " + describePins(),
                "levels green=" + green.state() + " amber=" + amber.state() + " red=" + red.state() + " help=" + help.state(),
                "asked: light=" + light + " help=" + helpCalling);
        return new HealthReport(kind(), id(), level, s.usable(), s.state() + " light=" + light, details, java.time.Duration.ZERO);
    }

    @Override
    protected void doClose() {
        shutdown(List.of("govkiosk-lightGreen", "govkiosk-lightAmber", "govkiosk-lightRed", "govkiosk-helpCall"));
        green = amber = red = help = null;
    }

    private void shutdown(List<String> ids) {
        GpioPins.shutdown(context, ids, log);
    }
}
