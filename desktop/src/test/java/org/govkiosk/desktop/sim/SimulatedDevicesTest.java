package org.govkiosk.desktop.sim;

import static org.junit.jupiter.api.Assertions.*;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.govkiosk.config.KioskSettings;
import org.govkiosk.device.DeviceException;
import org.govkiosk.device.DeviceState;
import org.govkiosk.device.Supplies;
import org.govkiosk.device.indicator.Indicators.Light;
import org.govkiosk.device.indicator.Sensors.Sensor;
import org.govkiosk.device.indicator.Sensors.SensorEvent;
import org.govkiosk.device.scanner.ScannerSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(20)
class SimulatedDevicesTest {
    private static final String HOLDER = "11010519491231002X";

    @Test
    void sensorsReportChangesAndPaperLowLikeTheKiosk() throws Exception {
        SimulatedSensors s = new SimulatedSensors();
        List<SensorEvent> events = new ArrayList<>();
        s.setListener(events::add);
        s.start();
        s.set(Sensor.PAPER_LOW, true);
        s.set(Sensor.PAPER_LOW, true);
        assertEquals(List.of(new SensorEvent(Sensor.PAPER_LOW, true)), events);
        assertEquals(Supplies.LOW, s.status().supplies());
        s.unplug();
        assertEquals(DeviceState.OFFLINE, s.status().state());
        assertFalse(s.isActive(Sensor.PAPER_LOW));
        s.replug();
        assertEquals(DeviceState.ONLINE, s.status().state());
        assertEquals(Supplies.LOW, s.status().supplies());
    }

    @Test
    void indicatorsRememberRequestsAndShowNothingWhileUnplugged() throws Exception {
        SimulatedIndicators ind = new SimulatedIndicators();
        List<Light> seen = new ArrayList<>();
        ind.setChangeListener(i -> seen.add(i.visibleLight()));
        ind.start();
        ind.setStatusLight(Light.GREEN);
        ind.unplug();
        ind.setStatusLight(Light.RED);
        assertEquals(Light.RED, ind.statusLight());
        assertEquals(List.of(Light.GREEN, Light.OFF), seen);
        ind.replug();
        assertEquals(Light.RED, ind.visibleLight());
    }

    @Test
    void theScannerRigRunsTheRealDriverAndSurvivesAReplug() throws Exception {
        SimulatedScannerRig rig = new SimulatedScannerRig(ScannerSettings.of(KioskSettings.defaults().scanner()));
        BlockingQueue<String> got = new LinkedBlockingQueue<>();
        rig.scanner().setPayloadListener(got::add);
        rig.scanner().start();
        rig.scan("https://zwfw.example.gov.cn/verify?sn=1");
        assertEquals("https://zwfw.example.gov.cn/verify?sn=1", got.poll(5, TimeUnit.SECONDS));
        rig.unplug();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (rig.scanner().status().state() != DeviceState.OFFLINE && System.nanoTime() < deadline) Thread.sleep(10);
        assertEquals(DeviceState.OFFLINE, rig.scanner().status().state());
        rig.replug();
        while (rig.scanner().status().state() != DeviceState.ONLINE && System.nanoTime() < deadline + 5_000_000_000L) Thread.sleep(10);
        rig.scan("again");
        assertEquals("again", got.poll(5, TimeUnit.SECONDS));
        rig.scanner().close();
    }
}
