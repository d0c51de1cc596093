package org.govkiosk.kiosk.serial;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SerialPortsTest {
    @Test
    void listsStableLinksWithTheirTargetsAndUsbNodes(@TempDir Path dev) throws Exception {
        Path usb = Files.createFile(dev.resolve("ttyUSB0"));
        Files.createFile(dev.resolve("ttyACM1"));
        Files.createFile(dev.resolve("tty0"));
        Path byId = Files.createDirectories(dev.resolve("serial/by-id"));
        Files.createSymbolicLink(byId.resolve("usb-SYNJONES_SAM_reader-if00-port0"), usb);
        Files.createSymbolicLink(byId.resolve("usb-gone-if00"), dev.resolve("ttyUSB9"));
        List<SerialPorts.Port> ports = SerialPorts.list(dev);
        assertEquals(byId.resolve("usb-SYNJONES_SAM_reader-if00-port0").toString(), ports.get(0).path());
        assertEquals(usb.toRealPath().toString(), ports.get(0).target());
        assertTrue(ports.stream().anyMatch(p -> p.target().equals("(dangling)")));
        assertTrue(ports.stream().anyMatch(p -> p.path().endsWith("ttyACM1")));
        assertTrue(ports.stream().noneMatch(p -> p.path().endsWith("tty0")));
    }
}
