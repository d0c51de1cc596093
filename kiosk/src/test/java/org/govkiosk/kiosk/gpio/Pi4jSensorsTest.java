package org.govkiosk.kiosk.gpio;

import static com.pi4j.io.gpio.digital.DigitalState.HIGH;
import static com.pi4j.io.gpio.digital.DigitalState.LOW;
import static org.junit.jupiter.api.Assertions.*;

import com.pi4j.context.Context;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.govkiosk.config.KioskSettings;
import org.govkiosk.device.DeviceState;
import org.govkiosk.device.SuggestedAction;
import org.govkiosk.device.Supplies;
import org.govkiosk.device.indicator.Sensors.Sensor;
import org.govkiosk.device.indicator.Sensors.SensorEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class Pi4jSensorsTest {
    private final Context ctx = MockGpio.context();
    private final MockGpio.HandCrankedScheduler time = new MockGpio.HandCrankedScheduler();
    private final List<SensorEvent> events = new ArrayList<>();
    private Pi4jSensors sensors;

    @BeforeEach
    void start() throws Exception {
        // Door switches are often wired to ground (active-low); configuring one that way exercises the inversion.
        KioskSettings config = KioskSettings.of(Map.of("gpio.activeLow", "cabinetDoor"));
        sensors = new Pi4jSensors(config.gpio(), GpioContextSource.of(ctx), time);
        sensors.setListener(events::add);
    }

    @AfterEach
    void stop() throws Exception {
        sensors.close();
        ctx.shutdown();
    }

    private MockDigitalInput input(String name) throws Exception {
        return ctx.registry().get("govkiosk-" + name, MockDigitalInput.class);
    }

    @Test
    void aCleanEdgeIsReportedOnceTheLevelHasSettled() throws Exception {
        sensors.start();
        input("presence").mockState(HIGH);
        assertFalse(sensors.isActive(Sensor.PRESENCE), "not before the debounce time");
        assertTrue(events.isEmpty());
        time.settle();
        assertTrue(sensors.isActive(Sensor.PRESENCE));
        assertEquals(List.of(new SensorEvent(Sensor.PRESENCE, true)), events);
    }

    @Test
    void bouncingContactsGiveOneEventAndABounceBackGivesNone() throws Exception {
        sensors.start();
        MockDigitalInput paper = input("paperLow");
        paper.mockState(HIGH);
        paper.mockState(LOW);
        paper.mockState(HIGH);
        time.settle();
        assertEquals(List.of(new SensorEvent(Sensor.PAPER_LOW, true)), events);

        paper.mockState(LOW);
        paper.mockState(HIGH);
        time.settle();
        assertEquals(1, events.size(), "a glitch that returns to the same level is not a change");
    }

    @Test
    void activeLowInputsAreInverted() throws Exception {
        MockDigitalInput door;
        sensors.start();
        door = input("cabinetDoor");
        door.mockState(HIGH);
        time.settle();
        assertFalse(sensors.isActive(Sensor.CABINET_DOOR_OPEN));
        door.mockState(LOW);
        time.settle();
        assertTrue(sensors.isActive(Sensor.CABINET_DOOR_OPEN));
    }

    @Test
    void paperLowAndOpenDoorShowInTheStatusForOperators() throws Exception {
        sensors.start();
        assertEquals(Supplies.FULL, sensors.status().supplies());
        input("paperLow").mockState(HIGH);
        time.settle();
        assertEquals(Supplies.LOW, sensors.status().supplies());
        assertEquals("device.sensors.paperLow", sensors.status().citizenMessageKey());
        assertEquals(SuggestedAction.REFILL, sensors.status().action());
        input("paperLow").mockState(LOW);
        input("cabinetDoor").mockState(LOW);
        time.settle();
        assertEquals(Supplies.FULL, sensors.status().supplies());
        assertEquals(SuggestedAction.MAINTENANCE, sensors.status().action());
        assertEquals(1, sensors.statistics().get("paperLow.on"));
        assertEquals(1, sensors.statistics().get("paperLow.off"));
    }

    @Test
    void withoutGpioEverySensorReadsInactiveAndTheDeviceSaysWhy() throws Exception {
        var none = new Pi4jSensors(KioskSettings.defaults().gpio(), () -> {
            throw new UnsatisfiedLinkError("libgpiod.so not found");
        });
        none.start();
        assertEquals(DeviceState.NO_DEVICE, none.status().state());
        assertTrue(none.status().technicianDetail().contains("libgpiod"));
        for (Sensor s : Sensor.values()) assertFalse(none.isActive(s));
        none.close();
    }

    @Test
    void realTimerSettlesWithoutHelp() throws Exception {
        Pi4jSensors live = new Pi4jSensors(KioskSettings.of(Map.of("gpio.debounce", "5ms")).gpio(), GpioContextSource.of(ctx));
        sensors.close();
        var latch = new java.util.concurrent.CountDownLatch(1);
        live.setListener(e -> latch.countDown());
        live.start();
        input("presence").mockState(HIGH);
        assertTrue(latch.await(5, java.util.concurrent.TimeUnit.SECONDS));
        assertTrue(live.isActive(Sensor.PRESENCE));
        live.close();
    }
}
