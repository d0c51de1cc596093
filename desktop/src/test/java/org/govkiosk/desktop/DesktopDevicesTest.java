package org.govkiosk.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.govkiosk.config.KioskSettings;
import org.govkiosk.device.DeviceState;
import org.govkiosk.devices.DeviceContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The desktop's devices come from the same DeviceContext as the kiosk's, with emulators as providers. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class DesktopDevicesTest {
    @Test
    void pullingTheSimulatedCableReachesTheDriverThroughTheLinkListenerAndTheRefitBringsItBack(@TempDir Path out) throws Exception {
        DesktopKiosk.Simulators sim = new DesktopKiosk.Simulators(out);
        KioskSettings cfg = KioskSettings.defaults().with(Map.of("devices.idcard", "emulator", "devices.camera", "none",
                "devices.scanner", "none", "devices.printer", "folder", "devices.receipt", "emulator",
                "devices.indicators", "none", "devices.sensors", "none", "printer.outputDir", out.resolve("prints").toString()));
        try (DeviceContext ctx = sim.providers().build(cfg).start()) {
            var reader = ctx.devices().idCard();
            assertEquals(DeviceState.ONLINE, reader.status().state());
            assertNull(ctx.devices().camera(), "devices.camera=none");
            assertNotNull(ctx.devices().documentPrinter(), "devices.printer=folder");

            sim.cardCable[0].unplug(); // what 'U' and the scenario verb 'device unplug idcard' do
            assertEquals(DeviceState.OFFLINE, reader.status().state(), "the cable told the driver, nobody polled");

            sim.cardCable[0].replug();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (reader.status().state() != DeviceState.ONLINE && System.nanoTime() < deadline) Thread.sleep(10);
            assertEquals(DeviceState.ONLINE, reader.status().state(), "the driver asked the emulator once the cable was back");
        }
    }
}
