package org.govkiosk.kiosk.gpio;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.PullResistance;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.govkiosk.config.GpioConfig;
import org.govkiosk.device.AbstractDevice;
import org.govkiosk.device.DeviceKind;
import org.govkiosk.device.DeviceState;
import org.govkiosk.device.DeviceStatus;
import org.govkiosk.device.HealthLevel;
import org.govkiosk.device.HealthReport;
import org.govkiosk.device.SuggestedAction;
import org.govkiosk.device.Supplies;
import org.govkiosk.device.indicator.Sensors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Presence sensor, cabinet door switch, paper-low switch and speech-mode key on GPIO inputs ({@code gpio.pin.presence},
 * {@code gpio.pin.cabinetDoor}, {@code gpio.pin.paperLow}, {@code gpio.pin.speechKey}), each debounced ({@code gpio.debounce}). Inputs listed
 * in {@code gpio.activeLow} count as active when low (pulled up); others when high (pulled down).
 * Paper low shows as supplies LOW, an open door as a MAINTENANCE hint, so operators see both in the status.
 */
public final class Pi4jSensors extends AbstractDevice implements Sensors {
    private static final Logger log = LoggerFactory.getLogger(Pi4jSensors.class);
    private static final Map<Sensor, String> PIN_NAMES = Map.of(
            Sensor.PRESENCE, "presence", Sensor.CABINET_DOOR_OPEN, "cabinetDoor", Sensor.PAPER_LOW, "paperLow",
            Sensor.SPEECH_KEY, "speechKey");

    private final GpioContextSource source;
    private final GpioConfig pins;
    private final Debouncer.Scheduler injectedScheduler;
    private final Map<Sensor, DigitalInput> inputs = new EnumMap<>(Sensor.class);
    private final Map<Sensor, Debouncer> debouncers = new EnumMap<>(Sensor.class);
    private volatile Consumer<SensorEvent> listener = e -> {};
    private Context context;
    private ScheduledExecutorService timer;

    public Pi4jSensors(GpioConfig config, GpioContextSource source) {
        this(config, source, null);
    }

    /** With a scheduler of the caller's choosing: tests crank debounce time by hand. */
    Pi4jSensors(GpioConfig config, GpioContextSource source, Debouncer.Scheduler scheduler) {
        super("sensors", DeviceKind.SENSORS);
        this.source = source;
        this.pins = config;
        this.injectedScheduler = scheduler;
    }

    @Override
    protected synchronized void doOpen() {
        List<String> created = new ArrayList<>();
        try {
            context = source.context();
            Debouncer.Scheduler scheduler = injectedScheduler != null ? injectedScheduler : startTimer();
            for (Sensor s : Sensor.values()) {
                String name = PIN_NAMES.get(s);
                boolean low = pins.isActiveLow(name);
                DigitalInput in = context.create(DigitalInput.newConfigBuilder(context).id("govkiosk-" + name).name(name)
                        .address(pins.pin(name)).pull(low ? PullResistance.PULL_UP : PullResistance.PULL_DOWN));
                created.add("govkiosk-" + name);
                inputs.put(s, in);
                Debouncer d = new Debouncer(() -> active(in, low), pins.debounce(), scheduler, a -> changed(s, a));
                debouncers.put(s, d);
                in.addListener(e -> d.edge());
            }
            publish();
        } catch (Exception | LinkageError e) {
            shutdown(created);
            inputs.clear();
            debouncers.clear();
            updateState(DeviceState.NO_DEVICE, GpioPins.noGpioDetail(e));
        }
    }

    private Debouncer.Scheduler startTimer() {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "gpio-debounce");
            t.setDaemon(true);
            return t;
        });
        ScheduledExecutorService t = timer;
        return (task, delay) -> t.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    private static boolean active(DigitalInput in, boolean activeLow) {
        DigitalState s = in.state();
        return activeLow ? s == DigitalState.LOW : s == DigitalState.HIGH;
    }

    private void changed(Sensor sensor, boolean activeNow) {
        statistics().increment(PIN_NAMES.get(sensor) + (activeNow ? ".on" : ".off"));
        log.info("sensor {} -> {}", sensor, activeNow ? "active" : "inactive");
        publish();
        try {
            listener.accept(new SensorEvent(sensor, activeNow));
        } catch (RuntimeException e) {
            log.warn("sensor listener failed: {}", e.toString());
        }
    }

    private void publish() {
        boolean paperLow = isActive(Sensor.PAPER_LOW);
        boolean door = isActive(Sensor.CABINET_DOOR_OPEN);
        String detail = "presence=" + isActive(Sensor.PRESENCE) + " doorOpen=" + door + " paperLow=" + paperLow;
        updateStatus(new DeviceStatus(kind(), id(), DeviceState.ONLINE, paperLow ? Supplies.LOW : Supplies.FULL,
                paperLow ? "device.sensors.paperLow" : door ? "device.sensors.doorOpen" : null, detail,
                paperLow ? SuggestedAction.REFILL : door ? SuggestedAction.MAINTENANCE : SuggestedAction.NONE, null));
    }

    @Override
    public boolean isActive(Sensor sensor) {
        Debouncer d = debouncers.get(sensor);
        return d != null && d.stable();
    }

    @Override
    public void setListener(Consumer<SensorEvent> l) {
        listener = l == null ? e -> {} : l;
    }

    @Override
    public HealthReport checkHealth(HealthLevel level) {
        if (inputs.isEmpty()) return super.checkHealth(level);
        List<String> details = new ArrayList<>();
        for (Sensor s : Sensor.values()) {
            String name = PIN_NAMES.get(s);
            details.add(s + ": pin " + pins.pin(name) + (pins.isActiveLow(name) ? " active-low" : " active-high")
                    + ", raw " + inputs.get(s).state() + ", " + (isActive(s) ? "active" : "inactive"));
        }
        DeviceStatus st = status();
        return new HealthReport(kind(), id(), level, st.usable(), st.state() + " " + st.technicianDetail(), details, Duration.ZERO);
    }

    @Override
    protected synchronized void doClose() {
        List<String> ids = new ArrayList<>();
        PIN_NAMES.values().forEach(n -> ids.add("govkiosk-" + n));
        shutdown(ids);
        inputs.clear();
        debouncers.clear();
        if (timer != null) timer.shutdownNow();
        timer = null;
    }

    private void shutdown(List<String> ids) {
        GpioPins.shutdown(context, ids, log);
    }
}
