package org.govkiosk.device.printer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.govkiosk.device.DeviceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class FolderDocumentPrinterTest {
    @TempDir Path dir;

    @Test
    void writesThePdfAndSaysWhere() throws Exception {
        FolderDocumentPrinter p = new FolderDocumentPrinter(dir.resolve("prints"));
        p.start();
        byte[] pdf = "%PDF-1.7 test".getBytes();
        PrintOutcome o = p.printPdf(pdf, "住房 信息/证明", "s-1");
        assertTrue(o.printed());
        Path out = Path.of(o.where());
        assertEquals(dir.resolve("prints"), out.getParent());
        assertTrue(out.getFileName().toString().endsWith("-住房_信息_证明.pdf"), out.toString());
        assertArrayEquals(pdf, Files.readAllBytes(out));
        try (var files = Files.list(dir.resolve("prints"))) {
            assertEquals(1, files.count(), "no temporary files left behind");
        }
    }

    @Test
    void refusesASecondCopyInTheSameSessionButNotInTheNext() throws Exception {
        FolderDocumentPrinter p = new FolderDocumentPrinter(dir);
        p.start();
        byte[] pdf = "%PDF-1.7 once".getBytes();
        assertTrue(p.printPdf(pdf, "a", "s-1").printed());
        DeviceException e = assertThrows(DeviceException.class, () -> p.printPdf(pdf, "a", "s-1"));
        assertEquals("print.duplicate", e.citizenMessageKey());
        p.cancelPending("s-1");
        assertTrue(p.printPdf(pdf, "a", "s-2").printed());
    }

    @Test
    void mustBeStartedFirst() {
        FolderDocumentPrinter p = new FolderDocumentPrinter(dir);
        DeviceException e = assertThrows(DeviceException.class, () -> p.printPdf(new byte[1], "a", "s"));
        assertEquals(DeviceException.Code.CLOSED, e.code());
    }
}
