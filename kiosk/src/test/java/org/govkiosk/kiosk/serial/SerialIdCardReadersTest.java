package org.govkiosk.kiosk.serial;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.govkiosk.device.DeviceState;
import org.govkiosk.device.idcard.SamReaderDriver;
import org.govkiosk.sim.idcard.EmulatedCard;
import org.govkiosk.sim.idcard.SamReaderEmulator;
import org.govkiosk.sim.idcard.SampleCards;
import org.govkiosk.testing.SocatPair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SerialIdCardReadersTest {
    @Test
    void unplugIsReportedWhileNobodyPollsAndReplugReadsAgain(@TempDir Path dir) throws Exception {
        Path pty = dir.resolve("pty");
        SocatPair socat = SocatPair.startIn(pty);
        SamReaderEmulator emu = PtyReader.emulatorOn(socat);
        SamReaderDriver driver = SerialIdCardReaders.fromConfig(org.govkiosk.config.KioskSettings.bind(PtyReader.CONFIG_KEYS.with(Map.of(
                "idcard.port", socat.hostPath(), "idcard.baud", "115200"))).idCard(), PtyReader.CONFIG.serial());
        SocatPair again = null;
        try {
            driver.start();
            assertEquals(DeviceState.ONLINE, driver.status().state());
            socat.kill(); // the adapter is pulled while the identify screen is closed
            while (driver.status().state() != DeviceState.OFFLINE) Thread.sleep(10);

            emu.close();
            again = SocatPair.startIn(pty);
            emu = PtyReader.emulatorOn(again);
            emu.placeCard(EmulatedCard.of(SampleCards.foreignPermanent2017()));
            while (!driver.link().isOpen()) Thread.sleep(10); // reopened in the background
            assertEquals(SampleCards.foreignPermanent2017(), driver.readOnce().orElseThrow().document());
            assertEquals(DeviceState.ONLINE, driver.status().state());
        } finally {
            driver.close();
            emu.close();
            socat.close();
            if (again != null) again.close();
        }
    }
}
