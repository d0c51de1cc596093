package org.govkiosk.desktop.sim;

import java.nio.file.Path;
import org.govkiosk.device.DeviceException;
import org.govkiosk.device.DeviceState;
import org.govkiosk.device.DeviceStatus;
import org.govkiosk.device.SuggestedAction;
import org.govkiosk.device.Supplies;
import org.govkiosk.device.printer.DocumentPrinter;
import org.govkiosk.device.printer.FolderDocumentPrinter;
import org.govkiosk.device.printer.PrintOutcome;

/**
 * The desktop's A4 printer: the folder printer (PDF files in a directory) with a paper tray a developer can
 * empty, so "paper out" can be shown and tested without CUPS. A simulation: no real part can run here.
 */
public final class SimulatedA4Printer extends SimulatedDevice implements DocumentPrinter {
    private final FolderDocumentPrinter folder;
    private volatile Supplies paper = Supplies.FULL;

    public SimulatedA4Printer(Path dir) {
        super("a4-sim", org.govkiosk.device.DeviceKind.DOCUMENT_PRINTER);
        this.folder = new FolderDocumentPrinter(dir);
    }

    public Path directory() { return folder.directory(); }

    @Override
    protected void doOpen() throws DeviceException {
        super.doOpen();
        folder.start();
        paper(Supplies.FULL);
    }

    /** {@code ok}, {@code low} or {@code out}. */
    public void paper(String state) {
        paper(switch (state) {
            case "ok" -> Supplies.FULL;
            case "low" -> Supplies.LOW;
            case "out" -> Supplies.OUT;
            default -> throw new IllegalArgumentException("paper state is ok, low or out");
        });
    }

    private void paper(Supplies s) {
        paper = s;
        String key = s == Supplies.OUT ? "print.result.paper_out" : null;
        updateStatus(new DeviceStatus(kind(), id(), DeviceState.ONLINE, s, key, "simulated tray: " + s,
                s == Supplies.FULL ? SuggestedAction.NONE : SuggestedAction.REFILL, null));
    }

    @Override
    public PrintOutcome printPdf(byte[] pdf, String title, String sessionId) throws DeviceException {
        requireConnected();
        if (paper == Supplies.OUT) {
            statistics().increment("paperOutRefusals");
            return PrintOutcome.failed(PrintOutcome.Result.PAPER_OUT, "simulated tray empty: nothing sent");
        }
        PrintOutcome out = folder.printPdf(pdf, title, sessionId);
        if (out.printed()) {
            statistics().increment("pages");
            statistics().increment("jobsPrinted"); // as the CUPS and folder printers count them (fleet status)
        }
        return out;
    }

    @Override
    public void cancelPending(String sessionId) {
        folder.cancelPending(sessionId);
    }

    @Override
    protected void doClose() {
        folder.close();
    }
}
