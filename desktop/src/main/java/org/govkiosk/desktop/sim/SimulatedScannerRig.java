package org.govkiosk.desktop.sim;

import org.govkiosk.device.link.LinkException;
import org.govkiosk.device.scanner.ScannerSettings;
import org.govkiosk.device.scanner.SerialQrScanner;
import org.govkiosk.sim.link.PipeLink;
import org.govkiosk.sim.scanner.QrScannerEmulator;

/**
 * The real serial scanner driver wired to the scanner emulator through an in-process pipe: the desktop demo
 * exercises the same framing code as the kiosk. {@link #unplug()} pulls the cable; {@link #replug()} fits a new one.
 */
public final class SimulatedScannerRig {
    private final ScannerSettings settings;
    private final SerialQrScanner scanner;
    private volatile PipeLink[] cable = PipeLink.pair("qr-sim");
    private volatile boolean plugged = true;

    public SimulatedScannerRig(ScannerSettings settings) {
        this.settings = settings;
        this.scanner = new SerialQrScanner("qr-sim", this::open, settings);
    }

    private PipeLink open() throws LinkException {
        if (!plugged) throw new LinkException(LinkException.Kind.IO, "qr-sim: unplugged");
        return cable[0];
    }

    public SerialQrScanner scanner() {
        return scanner;
    }

    /** Someone holds a code up to the scanner. */
    public void scan(String payload) throws LinkException {
        new QrScannerEmulator(cable[1], settings.suffix()).scan(payload);
    }

    public void unplug() {
        plugged = false;
        cable[0].unplug();
    }

    public void replug() {
        cable = PipeLink.pair("qr-sim");
        plugged = true;
    }
}
