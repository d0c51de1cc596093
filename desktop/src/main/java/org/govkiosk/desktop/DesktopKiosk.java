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
import org.govkiosk.config.KioskSettings;
import org.govkiosk.desktop.records.EmbeddedRecordsService;
import org.govkiosk.desktop.records.DemoPortraits;
import org.govkiosk.desktop.sim.DemoFaces;
import org.govkiosk.face.FacePorts;
import org.govkiosk.face.camera.RecordedCamera;
import org.govkiosk.desktop.sim.SimulatedIndicators;
import org.govkiosk.desktop.sim.SimulatedScannerRig;
import org.govkiosk.desktop.sim.SimulatedSensors;
import java.util.Set;
import org.govkiosk.devices.DeviceContext;
import org.govkiosk.devices.DeviceSlot;
import org.govkiosk.device.printer.FolderDocumentPrinter;
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
 * SerialQrScanner), linked by in-process pipes. The camera plays package-provided recordings through the real face
 * pipeline (detection, guidance, liveness, 1:1 match against the identity service's portrait). Lights and sensors
 * are simulations
 * (no real part can run here); A4 output goes to a folder.
 */
public final class DesktopKiosk implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DesktopKiosk.class);

    /** The providers this launcher has: an emulator for every port, and the folder printer. */
    static final Set<String> PROVIDERS = Set.of("emulator", "folder", DeviceContext.NONE);

    private final KioskSettings config;
    private final EmbeddedRecordsService records;
    private final KioskServices services;
    private final DeviceContext context;
    private final Simulators sim;
    private final org.govkiosk.desktop.sim.SimulatedPhone phone;
    private final AdjustableTicker ticker = new AdjustableTicker();
    private final Path outDir;
    private final Optional<KioskFleet> fleet;

    /**
     * @param base    the kiosk's configuration (site file and overrides already applied)
     * @param outDir  where printed certificates and receipt images go
     * @param port    the records service port (0: any free port)
     */
    public DesktopKiosk(KioskSettings base, Path outDir, int port) throws IOException {
        this(base, outDir, port, false, null);
    }

    /**
     * @param window a window on a developer's machine: speech plays on the sound card, or goes to
     *               {@code <outDir>/speech} without one; headless runs speak only when {@code speech.out} is set
     */
    public DesktopKiosk(KioskSettings base, Path outDir, int port, boolean window) throws IOException {
        this(base, outDir, port, window, null);
    }

    /** A headless kiosk against a records service running elsewhere (another JVM, as in production). */
    public DesktopKiosk(KioskSettings base, Path outDir, int port, java.net.URI externalRecords) throws IOException {
        this(base, outDir, port, false, externalRecords);
    }

    /**
     * @param window          see {@link #DesktopKiosk(KioskSettings, Path, int, boolean)}
     * @param externalRecords a records service running elsewhere, or null to start the embedded one here
     */
    public DesktopKiosk(KioskSettings base, Path outDir, int port, boolean window, java.net.URI externalRecords) throws IOException {
        this(base, outDir, port, window, externalRecords, null);
    }

    /**
     * @param recordsData where the embedded records service keeps its database between starts (generated once per
     *                    generator version); null: in memory, generated at this start
     */
    public DesktopKiosk(KioskSettings base, Path outDir, int port, boolean window, java.net.URI externalRecords,
                        Path recordsData) throws IOException {
        this.outDir = outDir;
        Files.createDirectories(outDir);
        // One parse for the kiosk, the embedded service and the seal authority when the kiosk shows the whole
        // catalog as filed (the defaults); the cold start parsed it three times (issue 15).
        JsonCatalog whole = EmbeddedRecordsService.wholeCatalog(base);
        boolean asFiled = base.catalog().disabledItems().isEmpty() && base.catalog().categoryOrder().isEmpty();
        JsonCatalog catalog = asFiled ? whole : JsonCatalog.load(base.catalog());
        this.records = externalRecords != null ? null : startRecords(base, whole, port, recordsData);
        java.net.URI recordsUrl = externalRecords != null ? externalRecords : records.url();
        Map<String, String> wiring = new HashMap<>();
        wiring.put("records.url", recordsUrl.toString());
        wiring.put("printer.outputDir", outDir.resolve("prints").toString());
        if (base.certificate().sealCache().isEmpty()) {
            wiring.put("certificate.sealCache", base.desktop().dataDir().resolve("seal-cache").toString());
        }
        // The defaults name the kiosk's providers (and no camera): here every port left at its default, or naming a
        // provider only the kiosk has, gets its emulator. A site file can still say "none" or "folder".
        KioskSettings defaults = KioskSettings.defaults();
        for (DeviceSlot<?> slot : DeviceSlot.ALL) {
            String v = base.source().string(slot.configKey()).trim();
            if (!PROVIDERS.contains(v) || v.equals(defaults.source().string(slot.configKey()))) wiring.put(slot.configKey(), "emulator");
        }
        this.config = base.with(wiring);
        this.phone = new org.govkiosk.desktop.sim.SimulatedPhone(recordsUrl, base.recordsService().appKey());

        this.sim = new Simulators(outDir);
        try {
            this.context = sim.providers().build(config).start();
        } catch (RuntimeException e) {
            if (records != null) records.close();
            throw e;
        }
        HttpRecordsGateway gateway = new HttpRecordsGateway(config.records());
        this.fleet = KioskFleet.fromConfig(config.source(), "0.1.0", context.devices());
        this.services = new KioskServices(config, fleet.map(f -> f.catalog(catalog)).orElse(catalog), gateway, context.devices(),
                new IssuingDocumentMaker(new CertificateService(gateway, config), new ReceiptFactory(config)), ticker,
                org.govkiosk.speech.StartingSpeech.in(() -> SpeechOutputs.desktop(config.speech(), window ? outDir.resolve("speech") : null),
                        config.speech().volume()));
        log.info("desktop kiosk ready: records service {}, output in {}", recordsUrl, outDir.toAbsolutePath());
    }

    private EmbeddedRecordsService startRecords(KioskSettings base, JsonCatalog whole, int port, Path data) throws IOException {
        DemoSealAuthority seals = new DemoSealAuthority(base.certificate().demoSealDir(), DemoSealAuthority.departmentNames(whole),
                org.govkiosk.config.FontLocator.find(base.screen().fontPath()).orElse(null));
        if (data != null) {
            try {
                return EmbeddedRecordsService.start(base, seals, port, data, null, whole);
            } catch (IOException e) {
                // Most often another desktop kiosk has the same data dir open (H2 locks its file).
                log.warn("records data dir {} cannot be used ({}); this start generates its data in memory", data, e.getMessage());
            }
        }
        return EmbeddedRecordsService.start(base, seals, port, null, null, whole);
    }

    public KioskServices services() { return services; }

    /** Fleet reporting, when {@code fleet.mqtt.url} is set (so scenarios can be watched on a broker). */
    public Optional<KioskFleet> fleet() { return fleet; }

    /** Starts fleet reporting for the application (no-op without {@code fleet.mqtt.url}). */
    public void attachFleet(KioskApp app) {
        // The desktop has no supervisor to restart it and no site file to re-read: those two commands are refused.
        fleet.ifPresent(f -> f.attach(app, KioskFleet.Hooks.NONE));
    }
    public KioskSettings settings() { return config; }
    public AdjustableTicker ticker() { return ticker; }
    /** The embedded records service; null when the kiosk uses one elsewhere. */
    public EmbeddedRecordsService records() { return records; }
    /** The emulators behind the ports configured "emulator" (null for a port configured otherwise). */
    public SamReaderEmulator cardEmulator() { return sim.cardEmulator; }
    public EscPosPrinterEmulator receiptEmulator() { return sim.receiptEmulator; }
    /** The recorded camera (null when devices.camera is not "emulator"). */
    public RecordedCamera camera() { return sim.camera; }
    /** Who can be put in front of the camera. */
    public DemoFaces faces() { return sim.faces; }
    /** The camera and its verifier (verifier null: models missing). */
    public FacePorts face() { return sim.face; }
    public SimulatedScannerRig scannerRig() { return sim.scannerRig; }
    public SimulatedIndicators indicators() { return sim.indicators; }
    public SimulatedSensors sensors() { return sim.sensors; }
    public SimulatedA4Printer documentPrinter() { return sim.documentPrinter; }
    public PipeLink cardCable() { return sim.cardCable[0]; }
    public PipeLink receiptCable() { return sim.receiptCable[0]; }
    public DeviceContext deviceContext() { return context; }
    /** The citizen's phone with the government app (asks the embedded identity service for app codes). */
    public org.govkiosk.desktop.sim.SimulatedPhone phone() { return phone; }

    /**
     * Pulls or refits the card reader's cable. The driver hears it from the cable itself, through the same
     * link-listener mechanism the kiosk's reconnecting serial port uses ({@link SamReaderDriver#watching}).
     */
    public void plugCardReader(boolean in) {
        if (in) sim.cardCable[0].replug();
        else sim.cardCable[0].unplug();
    }

    public Path outDir() { return outDir; }

    @Override
    public void close() {
        fleet.ifPresent(KioskFleet::close);
        services.speech().close();
        context.close();
        if (records != null) records.close();
    }

    /**
     * The desktop's providers: each emulator speaks the device's real protocol behind the kiosk's driver, on an
     * in-process cable; the emulators are kept here for the developer keys and scenario device verbs.
     */
    static final class Simulators {
        private final Path outDir;
        SamReaderEmulator cardEmulator;
        PipeLink[] cardCable;
        EscPosPrinterEmulator receiptEmulator;
        PipeLink[] receiptCable;
        RecordedCamera camera;
        DemoFaces faces;
        FacePorts face;
        SimulatedScannerRig scannerRig;
        SimulatedIndicators indicators;
        SimulatedSensors sensors;
        SimulatedA4Printer documentPrinter;

        Simulators(Path outDir) {
            this.outDir = outDir;
        }

        DeviceContext.Builder providers() {
            return DeviceContext.builder()
                    .provider(DeviceSlot.ID_CARD, "emulator", (cfg, res) -> {
                        cardCable = PipeLink.pair("idcard-sim");
                        cardEmulator = res.closeLater(new SamReaderEmulator(cardCable[1]));
                        cardEmulator.start();
                        return SamReaderDriver.watching(cardCable[0], cfg.idCard());
                    })
                    .provider(DeviceSlot.RECEIPT_PRINTER, "emulator", (cfg, res) -> {
                        receiptCable = PipeLink.pair("receipt-sim");
                        receiptEmulator = res.closeLater(new EscPosPrinterEmulator(receiptCable[1], outDir.resolve("receipts")).start());
                        return new EscPosReceiptPrinter(receiptCable[0], cfg.receipt());
                    })
                    .provider(DeviceSlot.CAMERA, "emulator", (cfg, res) -> {
                        // The real pipeline on recordings; models load on their own thread, missing ones make the
                        // face option unavailable. The verifier provider (next slot) takes the one made here.
                        faces = new DemoFaces(DemoPortraits.fromConfig(cfg));
                        camera = new RecordedCamera(faces.nobody());
                        face = FacePorts.assemble(cfg.face(), camera);
                        if (face.verifier() != null) res.closeLater(face.verifier());
                        return camera;
                    })
                    .provider(DeviceSlot.FACE_VERIFIER, "emulator", (cfg, res) -> face.verifier())
                    .provider(DeviceSlot.SCANNER, "emulator", (cfg, res) -> {
                        scannerRig = new SimulatedScannerRig(ScannerSettings.of(cfg.scanner()));
                        return scannerRig.scanner();
                    })
                    .provider(DeviceSlot.DOCUMENT_PRINTER, "emulator", (cfg, res) ->
                            documentPrinter = new SimulatedA4Printer(cfg.printer().outputDir()))
                    .provider(DeviceSlot.DOCUMENT_PRINTER, "folder", (cfg, res) ->
                            new FolderDocumentPrinter(cfg.printer().outputDir()))
                    .provider(DeviceSlot.INDICATORS, "emulator", (cfg, res) -> indicators = new SimulatedIndicators())
                    .provider(DeviceSlot.SENSORS, "emulator", (cfg, res) -> sensors = new SimulatedSensors());
        }
    }
}
