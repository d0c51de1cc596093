package org.govkiosk.kiosk.gpio;

import static org.junit.jupiter.api.Assertions.*;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.govkiosk.config.ConfigException;
import org.govkiosk.config.GpioConfig;
import org.govkiosk.config.KioskSettings;
import org.govkiosk.device.DeviceState;
import org.govkiosk.device.HealthLevel;
import org.govkiosk.device.indicator.Indicators.Light;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class Pi4jIndicatorsTest {
    private final Context ctx = MockGpio.context();
    private final KioskSettings config = KioskSettings.defaults();

    @AfterEach
    void shutdown() throws Exception {
        ctx.shutdown();
    }

    private DigitalState pin(int address) {
        return ctx.registry().all().values().stream().filter(io -> io instanceof DigitalOutput)
                .map(io -> (DigitalOutput) io).filter(o -> o.address().intValue() == address)
                .findFirst().orElseThrow().state();
    }

    @Test
    void exactlyOneColourIsLitOnTheConfiguredPins() throws Exception {
        var ind = new Pi4jIndicators(KioskSettings.of(Map.of("gpio.pin.lightAmber", "26")).gpio(), GpioContextSource.of(ctx));
        ind.start();
        assertEquals(DeviceState.ONLINE, ind.status().state());
        ind.setStatusLight(Light.GREEN);
        assertEquals(DigitalState.HIGH, pin(17));
        assertEquals(DigitalState.LOW, pin(26));
        ind.setStatusLight(Light.AMBER);
        assertEquals(DigitalState.LOW, pin(17));
        assertEquals(DigitalState.HIGH, pin(26));
        assertEquals(DigitalState.LOW, pin(22));
        ind.setStatusLight(Light.RED);
        assertEquals(DigitalState.HIGH, pin(22));
        assertEquals(DigitalState.LOW, pin(26));
        ind.setStatusLight(Light.OFF);
        assertEquals(DigitalState.LOW, pin(22));
        assertEquals(Light.OFF, ind.statusLight());
        ind.close();
    }

    @Test
    void helpCallDrivesItsLineAndIsCounted() throws Exception {
        var ind = new Pi4jIndicators(config.gpio(), GpioContextSource.of(ctx));
        ind.start();
        ind.setHelpCall(true);
        assertEquals(DigitalState.HIGH, pin(23));
        assertTrue(ind.helpCalling());
        ind.setHelpCall(false);
        assertEquals(DigitalState.LOW, pin(23));
        assertEquals(1, ind.statistics().get("helpCalls"));
        assertTrue(ind.checkHealth(HealthLevel.INTERNAL).details().stream().anyMatch(d -> d.contains("help=LOW")));
    }

    @Test
    void closingReleasesThePinsSoTheDeviceCanOpenAgain() throws Exception {
        var ind = new Pi4jIndicators(config.gpio(), GpioContextSource.of(ctx));
        ind.start();
        ind.close();
        assertFalse(ctx.registry().exists("govkiosk-lightGreen"));
        ind.start();
        assertEquals(DeviceState.ONLINE, ind.status().state());
    }

    @Test
    void withoutAnyGpioProviderItReportsNoDeviceAndKeepsWorking() throws Exception {
        // A real Pi4J context with no providers: what an x86 PC without the kiosk's GPIO board amounts to.
        Context bare = Pi4J.newContextBuilder().build();
        try {
            var ind = new Pi4jIndicators(config.gpio(), GpioContextSource.of(bare));
            ind.start();
            assertEquals(DeviceState.NO_DEVICE, ind.status().state());
            assertTrue(ind.status().technicianDetail().contains("no usable GPIO"), ind.status().technicianDetail());
            ind.setStatusLight(Light.RED);
            ind.setHelpCall(true);
            assertEquals(Light.RED, ind.statusLight());
            assertFalse(ind.checkHealth(HealthLevel.INTERNAL).ok());
        } finally {
            bare.shutdown();
        }
    }

    @Test
    void aContextThatCannotBeCreatedIsNoDeviceNotACrash() throws Exception {
        var ind = new Pi4jIndicators(config.gpio(), () -> {
            throw new IllegalStateException("No gpio chip yet initialized!");
        });
        ind.start();
        assertEquals(DeviceState.NO_DEVICE, ind.status().state());
        assertTrue(ind.status().technicianDetail().contains("gpiochip"));
    }

    @Test
    void aBadPinNumberStopsStartUpAndAPinTheDriverCannotGetIsReportedNotThrown() throws Exception {
        assertThrows(ConfigException.class, () -> KioskSettings.of(Map.of("gpio.pin.lightRed", "99")));
        Map<String, Integer> pins = new HashMap<>(config.gpio().pins());
        pins.remove("lightRed");
        var ind = new Pi4jIndicators(new GpioConfig(pins, Set.of(), config.gpio().debounce()), GpioContextSource.of(ctx));
        ind.start();
        assertEquals(DeviceState.NO_DEVICE, ind.status().state());
        assertTrue(ind.status().technicianDetail().contains("gpio.pin.lightRed"));
        assertFalse(ctx.registry().exists("govkiosk-lightGreen"), "pins created before the bad one are released");
    }
}
