package org.govkiosk.desktop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.govkiosk.fleet.KioskFleet;
import org.govkiosk.ui.KioskApp;
import org.govkiosk.catalog.JsonCatalog;
import org.govkiosk.certificate.CertificateService;
import org.govkiosk.certificate.IssuingDocumentMaker;
import org.govkiosk.config.KioskConfig;
import org.govkiosk.desktop.records.EmbeddedRecordsService;
import org.govkiosk.desktop.sim.SimulatedFaceCamera;
import org.govkiosk.desktop.sim.SimulatedFaceVerifier;
import org.govkiosk.desktop.sim.SimulatedIndicators;
import org.govkiosk.desktop.sim.SimulatedScannerRig;
import org.govkiosk.desktop.sim.SimulatedSensors;
import org.govkiosk.device.idcard.SamReaderDriver;
import org.govkiosk.desktop.sim.SimulatedA4Printer;
import org.govkiosk.device.receipt.EscPosReceiptPrinter;
import org.govkiosk.device.receipt.ReceiptFactory;
import org.govkiosk.device.scanner.ScannerSettings;
import org.govkiosk.devices.DeviceSet;
import org.govkiosk.records.http.HttpRecordsGateway;
import org.govkiosk.session.AdjustableTicker;
import org.govkiosk.sim.idcard.SamReaderEmulator;
import org.govkiosk.sim.link.PipeLink;
import org.govkiosk.sim.receipt.EscPosPrinterEmulator;
import org.govkiosk.sim.seal.DemoSealAuthority;
import org.govkiosk.speech.SpeechOutputs;
import org.govkiosk.ui.KioskServices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole kiosk on one machine: the embedded records service on loopback, and every device simulated by
 * an emulator that speaks the real protocol behind the same driver the kiosk uses (ID card: SAM emulator +
 * SamReaderDriver; receipts: ESC/POS emulator + EscPosReceiptPrinter; QR: scanner emulator +
 * SerialQrScanner), linked by in-process pipes. Camera, face match, lights and sensors are simulations
 * (no real part can run here); A4 output goes to a folder.
 */
public final class DesktopKiosk implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DesktopKiosk.class);

    private final KioskConfig config;
    private final EmbeddedRecordsService records;
    private final KioskServices services;
    private final SamReaderEmulator cardEmulator;
    private final PipeLink[] cardCable;
    private final SamReaderDriver cardReader;
    private final EscPosPrinterEmulator receiptEmulator;
    private final PipeLink[] receiptCable;
    private final SimulatedFaceCamera camera;
    private final SimulatedScannerRig scannerRig;
    private final SimulatedIndicators indicators;
    private final SimulatedSensors sensors;
    private final SimulatedA4Printer documentPrinter;
    private final org.govkiosk.desktop.sim.SimulatedPhone phone;
    private final AdjustableTicker ticker = new AdjustableTicker();
    private final Path outDir;
    private final Optional<KioskFleet> fleet;

    /**
     * @param base    the kiosk's configuration (site file and overrides already applied)
     * @param outDir  where printed certificates and receipt images go
     * @param port    the records service port (0: any free port)
     */
    public DesktopKiosk(KioskConfig base, Path outDir, int port) throws IOException {
        this(base, outDir, port, false, null);
    }

    /**
     * @param window a window on a developer's machine: speech plays on the sound card, or goes to
     *               {@code <outDir>/speech} without one; headless runs speak only when {@code speech.out} is set
     */
    public DesktopKiosk(KioskConfig base, Path outDir, int port, boolean window) throws IOException {
        this(base, outDir, port, window, null);
    }

    /** A headless kiosk against a records service running elsewhere (another JVM, as in production). */
    public DesktopKiosk(KioskConfig base, Path outDir, int port, java.net.URI externalRecords) throws IOException {
        this(base, outDir, port, false, externalRecords);
    }

    /**
     * @param window          see {@link #DesktopKiosk(KioskConfig, Path, int, boolean)}
     * @param externalRecords a records service running elsewhere, or null to start the embedded one here
     */
    public DesktopKiosk(KioskConfig base, Path outDir, int port, boolean window, java.net.URI externalRecords) throws IOException {
        this.outDir = outDir;
        Files.createDirectories(outDir);
        JsonCatalog catalog = JsonCatalog.load(base);
        this.records = externalRecords != null ? null : EmbeddedRecordsService.start(base, new DemoSealAuthority(base), port);
        java.net.URI recordsUrl = externalRecords != null ? externalRecords : records.url();
        Map<String, String> wiring = new HashMap<>();
        wiring.put("records.url", recordsUrl.toString());
        wiring.put("printer.outputDir", outDir.resolve("prints").toString());
        this.config = base.with(wiring);
        this.phone = new org.govkiosk.desktop.sim.SimulatedPhone(recordsUrl, base.string("records.service.appKey"));

        cardCable = PipeLink.pair("idcard-sim");
        cardEmulator = new SamReaderEmulator(cardCable[1]);
        cardEmulator.start();
        cardReader = new SamReaderDriver(cardCable[0], config);

        receiptCable = PipeLink.pair("receipt-sim");
        receiptEmulator = new EscPosPrinterEmulator(receiptCable[1], outDir.resolve("receipts")).start();
        EscPosReceiptPrinter receiptPrinter = new EscPosReceiptPrinter(receiptCable[0], config);

        camera = new SimulatedFaceCamera();
        scannerRig = new SimulatedScannerRig(ScannerSettings.fromConfig(config));
        indicators = new SimulatedIndicators();
        sensors = new SimulatedSensors();
        documentPrinter = new SimulatedA4Printer(outDir.resolve("prints"));

        DeviceSet devices = new DeviceSet(cardReader, camera, new SimulatedFaceVerifier(), scannerRig.scanner(),
                documentPrinter, receiptPrinter, indicators, sensors);
        devices.startAll(log);
        HttpRecordsGateway gateway = new HttpRecordsGateway(config);
        this.fleet = KioskFleet.fromConfig(config, "0.1.0", devices);
        this.services = new KioskServices(config, fleet.map(f -> f.catalog(catalog)).orElse(catalog), gateway, devices,
                new IssuingDocumentMaker(new CertificateService(gateway, config), new ReceiptFactory(config)), ticker,
                SpeechOutputs.desktop(config, window ? outDir.resolve("speech") : null));
        log.info("desktop kiosk ready: records service {}, output in {}", recordsUrl, outDir.toAbsolutePath());
    }

    public KioskServices services() { return services; }

    /** Fleet reporting, when {@code fleet.mqtt.url} is set (so scenarios can be watched on a broker). */
    public Optional<KioskFleet> fleet() { return fleet; }

    /** Starts fleet reporting for the application (no-op without {@code fleet.mqtt.url}). */
    public void attachFleet(KioskApp app) {
        // The desktop has no supervisor to restart it and no site file to re-read: those two commands are refused.
        fleet.ifPresent(f -> f.attach(app, KioskFleet.Hooks.NONE));
    }
    public KioskConfig config() { return config; }
    public AdjustableTicker ticker() { return ticker; }
    /** The embedded records service; null when the kiosk uses one elsewhere. */
    public EmbeddedRecordsService records() { return records; }
    public SamReaderEmulator cardEmulator() { return cardEmulator; }
    public EscPosPrinterEmulator receiptEmulator() { return receiptEmulator; }
    public SimulatedFaceCamera camera() { return camera; }
    public SimulatedScannerRig scannerRig() { return scannerRig; }
    public SimulatedIndicators indicators() { return indicators; }
    public SimulatedSensors sensors() { return sensors; }
    public SimulatedA4Printer documentPrinter() { return documentPrinter; }
    /** The citizen's phone with the government app (asks the embedded identity service for app codes). */
    public org.govkiosk.desktop.sim.SimulatedPhone phone() { return phone; }
    public PipeLink cardCable() { return cardCable[0]; }

    /**
     * Pulls or refits the card reader's cable and tells the driver, as the kiosk's ReconnectingLink listener
     * does for a real serial port (SerialIdCardReaders).
     */
    public void plugCardReader(boolean in) {
        if (in) cardCable[0].replug();
        else cardCable[0].unplug();
        cardReader.linkStateChanged(in, in ? "simulated replug" : "simulated unplug");
    }
    public PipeLink receiptCable() { return receiptCable[0]; }
    public Path outDir() { return outDir; }

    @Override
    public void close() {
        fleet.ifPresent(KioskFleet::close);
        services.speech().close();
        services.devices().closeAll();
        cardEmulator.close();
        receiptEmulator.close();
        if (records != null) records.close();
    }
}
