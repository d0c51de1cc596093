package org.govkiosk.kiosk;

import java.time.Clock;
import java.util.Map;
import org.govkiosk.admin.StatusCollector;
import org.govkiosk.catalog.JsonCatalog;
import org.govkiosk.certificate.CertificateService;
import org.govkiosk.certificate.IssuingDocumentMaker;
import org.govkiosk.config.KioskSettings;
import org.govkiosk.devices.DeviceContext;
import org.govkiosk.device.receipt.ReceiptFactory;
import org.govkiosk.kiosk.status.StatusEndpoint;
import org.govkiosk.kiosk.watchdog.SystemdWatchdog;
import org.govkiosk.records.http.HttpRecordsGateway;
import org.govkiosk.session.Ticker;
import org.govkiosk.fleet.KioskFleet;
import org.govkiosk.catalog.Catalog;
import java.util.Optional;
import org.govkiosk.speech.SpeechOutputs;
import org.govkiosk.ui.KioskApp;
import org.govkiosk.ui.KioskServices;

/**
 * Everything {@code kiosk.jar run} runs, below the window: devices from the config's providers (started), the
 * records client, the application, the systemd watchdog petted from its frames, and the operators' status
 * endpoint reading the published availability. {@link RunCommand} puts {@link #app()} in a window; a test runs
 * the same object on libGDX's headless backend.
 */
public final class KioskAssembly implements AutoCloseable {
    private final KioskSettings config;
    private final DeviceContext devices;
    private final KioskServices services;
    private final KioskApp app;
    private final SystemdWatchdog watchdog;
    private final StatusCollector status;
    private final StatusEndpoint endpoint;
    private final Optional<KioskFleet> fleet;

    private KioskAssembly(KioskSettings config, DeviceContext devices, KioskServices services, KioskApp app,
                          SystemdWatchdog watchdog, StatusCollector status, StatusEndpoint endpoint,
                          Optional<KioskFleet> fleet) {
        this.config = config;
        this.devices = devices;
        this.services = services;
        this.app = app;
        this.watchdog = watchdog;
        this.status = status;
        this.endpoint = endpoint;
        this.fleet = fleet;
    }

    /**
     * Makes and starts the devices and the status endpoint; the application is made but not run.
     * @param headless true to run the application on libGDX's headless backend (tests)
     */
    public static KioskAssembly start(KioskSettings cfg, DeviceContext.Builder providers, boolean headless) throws Exception {
        DeviceContext devices = providers.build(cfg).start();
        try {
            HttpRecordsGateway gateway = new HttpRecordsGateway(cfg.records());
            // Operators' telemetry and commands (empty when fleet.mqtt.url is not set); it can switch items off.
            Optional<KioskFleet> fleet = KioskFleet.fromConfig(cfg.source(), RunCommand.VERSION, devices.devices());
            Catalog catalog = JsonCatalog.load(cfg.catalog());
            if (fleet.isPresent()) catalog = fleet.get().catalog(catalog);
            KioskServices services = new KioskServices(cfg, catalog, gateway, devices.devices(),
                    new IssuingDocumentMaker(new CertificateService(gateway, cfg), new ReceiptFactory(cfg)), Ticker.SYSTEM,
                    org.govkiosk.speech.StartingSpeech.in(() -> SpeechOutputs.kiosk(cfg.speech()), cfg.speech().volume()));
            KioskApp app = new KioskApp(services, headless);
            SystemdWatchdog watchdog = SystemdWatchdog.fromEnvironment(cfg.watchdog());
            boolean[] ready = {false};
            app.addFrameHook(a -> {
                if (!ready[0] && a.ui() != null) {
                    ready[0] = true;
                    watchdog.ready();
                }
                watchdog.alive();
            });
            // The endpoint's threads read only what the UI thread published: the session manager is the UI's alone.
            StatusCollector status = new StatusCollector(cfg.identity().kioskId(), "0.1.0", services.devices()::all,
                    () -> app.availability().current().appState(),
                    () -> Map.of("sessions", app.availability().current().sessionsStarted(),
                            "backgroundFailures", app.backgroundFailures()), Clock.systemUTC());
            StatusEndpoint endpoint = new StatusEndpoint(cfg.status(), status::snapshot);
            endpoint.start();
            return new KioskAssembly(cfg, devices, services, app, watchdog, status, endpoint, fleet);
        } catch (Exception | Error e) {
            devices.close();
            throw e;
        }
    }

    public KioskSettings config() { return config; }
    public DeviceContext devices() { return devices; }
    public KioskServices services() { return services; }
    public KioskApp app() { return app; }
    public StatusCollector status() { return status; }
    public StatusEndpoint endpoint() { return endpoint; }
    /** The fleet connection, when {@code fleet.mqtt.url} is set. */
    public Optional<KioskFleet> fleet() { return fleet; }

    @Override
    public void close() {
        fleet.ifPresent(KioskFleet::close);
        endpoint.close();
        watchdog.close();
        services.speech().close();
        devices.close();
    }
}
