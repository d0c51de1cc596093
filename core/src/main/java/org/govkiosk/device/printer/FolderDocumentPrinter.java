package org.govkiosk.device.printer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.govkiosk.device.AbstractDevice;
import org.govkiosk.device.DeviceException;
import org.govkiosk.device.DeviceKind;
import org.govkiosk.device.DeviceState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop launcher's A4 printer when there is no CUPS: each document becomes a PDF file in a folder, and the
 * outcome says where ({@link PrintOutcome#where()}). Files are written atomically, so a half-written file never
 * looks printed. The same never-twice rule as the real printer applies.
 */
public final class FolderDocumentPrinter extends AbstractDevice implements DocumentPrinter {
    private static final Logger log = LoggerFactory.getLogger(FolderDocumentPrinter.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final Path dir;
    private final PrintLedger ledger = new PrintLedger();

    public FolderDocumentPrinter(Path dir) {
        super("folder:" + dir, DeviceKind.DOCUMENT_PRINTER);
        this.dir = dir;
    }

    public Path directory() { return dir; }

    @Override
    protected void doOpen() throws DeviceException {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new DeviceException(DeviceException.Code.NO_HARDWARE, "device.state.no_device", "cannot create " + dir + ": " + e.getMessage(), e);
        }
        if (!Files.isWritable(dir)) throw new DeviceException(DeviceException.Code.NO_HARDWARE, "device.state.no_device", dir + " is not writable");
        updateState(DeviceState.ONLINE, "writes PDFs to " + dir.toAbsolutePath());
    }

    @Override
    public synchronized PrintOutcome printPdf(byte[] pdf, String title, String sessionId) throws DeviceException {
        requireEnabled();
        String digest = ledger.claim(sessionId, pdf);
        String name = STAMP.format(LocalDateTime.now()) + "-" + safe(title) + ".pdf";
        Path target = dir.resolve(name);
        try {
            Path tmp = Files.createTempFile(dir, ".printing-", ".tmp");
            Files.write(tmp, pdf);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            ledger.release(sessionId, digest);
            updateState(DeviceState.HARDWARE_ERROR, "cannot write " + target + ": " + e.getMessage());
            return PrintOutcome.failed(PrintOutcome.Result.FAILED, "cannot write " + target + ": " + e.getMessage());
        }
        statistics().increment("jobsPrinted");
        log.info("A4 output written to {}", target.toAbsolutePath());
        return PrintOutcome.printed("written to " + target.toAbsolutePath(), target.toAbsolutePath().toString());
    }

    /** Files are written at once: nothing is ever pending. The ledger forgets the session. */
    @Override
    public void cancelPending(String sessionId) {
        ledger.endSession(sessionId);
    }

    private static String safe(String title) {
        String t = title == null || title.isBlank() ? "document" : title.replaceAll("[\\\\/:*?\"<>|\\s]+", "_");
        return t.length() > 60 ? t.substring(0, 60) : t;
    }
}
