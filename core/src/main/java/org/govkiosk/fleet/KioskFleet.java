package org.govkiosk.fleet;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.govkiosk.admin.SelfTest;
import org.govkiosk.admin.SelfTestReport;
import org.govkiosk.catalog.Catalog;
import org.govkiosk.config.KioskConfig;
import org.govkiosk.devices.DeviceSet;
import org.govkiosk.device.HealthLevel;
import org.govkiosk.session.CitizenSession;
import org.govkiosk.session.EndReason;
import org.govkiosk.session.KioskState;
import org.govkiosk.session.OutOfServiceReason;
import org.govkiosk.session.SessionListener;
import org.govkiosk.session.SessionManager;
import org.govkiosk.ui.KioskApp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fleet reporting for one running kiosk application: the publisher, the telemetry it reads and the commands
 * it receives, tied to the {@link KioskApp} through a frame hook (so commands are applied on the UI thread,
 * between sessions). Both launchers use it when {@code fleet.mqtt.url} is set.
 */
public final class KioskFleet implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(KioskFleet.class);

    /**
     * What only the launcher can do.
     *
     * @param restart     ends the application so its supervisor starts it again; null: refused on this launcher
     * @param checkConfig re-reads the site config and throws if it is invalid; null: refused on this launcher
     */
    public record Hooks(Runnable restart, Callable<String> checkConfig) {
        public static final Hooks NONE = new Hooks(null, null);
    }

    private final FleetSettings settings;
    private final DeviceSet devices;
    private final KioskTelemetry telemetry;
    private final FleetPublisher publisher;
    private final FleetCommandQueue commands;
    private SwitchableCatalog catalog;
    private Hooks hooks = Hooks.NONE;
    private SessionManager listeningTo;
    private java.util.concurrent.ScheduledExecutorService devicePoll;

    public KioskFleet(FleetSettings settings, String version, DeviceSet devices, Clock clock) {
        this.settings = settings;
        this.devices = devices;
        FleetPublisher[] p = new FleetPublisher[1];
        this.telemetry = new KioskTelemetry(settings, version, devices::all, json -> p[0].event(json), clock);
        FleetCommandGate gate = new FleetCommandGate(settings.operatorKey().map(OperatorKeys::parsePublicKey).orElse(null),
                settings.kioskId(), settings.commandMaxAge(),
                settings.stateDir().map(d -> d.resolve("fleet-seen-commands")).orElse(null), clock);
        FleetCommandQueue[] q = new FleetCommandQueue[1];
        this.publisher = new FleetPublisher(settings, telemetry::statusJson, payload -> q[0].receive(payload), null, clock);
        p[0] = publisher;
        this.commands = new FleetCommandQueue(gate, publisher::result, telemetry, clock);
        q[0] = commands;
        telemetry.droppedEvents(publisher::droppedEvents);
        if (settings.operatorKey().isEmpty()) log.warn("fleet: no fleet.operatorKey configured: every command will be refused");
    }

    /** Fleet reporting for this config, or empty when {@code fleet.mqtt.url} is not set. */
    public static Optional<KioskFleet> fromConfig(KioskConfig config, String version, DeviceSet devices) {
        return FleetSettings.from(config).map(s -> new KioskFleet(s, version, devices, Clock.systemUTC()));
    }

    public KioskTelemetry telemetry() { return telemetry; }
    public FleetPublisher publisher() { return publisher; }
    public FleetCommandQueue commands() { return commands; }

    /** The catalog the UI must use, so {@code disable-item} takes effect. Call before building the services. */
    public Catalog catalog(Catalog base) {
        catalog = new SwitchableCatalog(base, telemetry::disabledItems);
        return catalog;
    }

    /** Connects (in the background) and follows the application from its next frame on. */
    public void attach(KioskApp app, Hooks hooks) {
        this.hooks = hooks;
        app.addFrameHook(this::frame);
        publisher.start();
        telemetry.started();
        // Device faults and paper changes are seen within a second, not only at the next status interval.
        devicePoll = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "fleet-devices");
            t.setDaemon(true);
            return t;
        });
        devicePoll.scheduleWithFixedDelay(() -> {
            try {
                if (telemetry.pollDevices()) publisher.statusChanged();
            } catch (RuntimeException e) {
                log.debug("fleet: device poll failed: {}", e.toString());
            }
        }, 1, 1, java.util.concurrent.TimeUnit.SECONDS);
    }

    private void frame(KioskApp app) {
        SessionManager sessions = app.sessions();
        if (sessions == null) return;
        if (listeningTo != sessions) {
            listeningTo = sessions;
            telemetry.kioskStateChanged(KioskState.INITIALISING, sessions.state(), firstReason(sessions));
            telemetry.availabilityChanged(sessions.snapshot());
            sessions.board().addListener(a -> {
                telemetry.availabilityChanged(a);
                publisher.statusChanged();
            });
            sessions.addListener(new SessionListener() {
                @Override public void kioskStateChanged(KioskState from, KioskState to, OutOfServiceReason reason) {
                    telemetry.kioskStateChanged(from, to, reason);
                    publisher.statusChanged();
                }
                @Override public void sessionStarted(CitizenSession s) { telemetry.sessionStarted(s); }
                @Override public void sessionEnded(CitizenSession s, EndReason r) { telemetry.sessionEnded(s, r); }
            });
            publisher.statusChanged();
        }
        if (commands.hasPending()) {
            // Neither a citizen nor a technician at the screen is interrupted: commands wait for both to finish.
            boolean busy = sessions.inSession() || sessions.state() == KioskState.MAINTENANCE;
            commands.applyBetweenSessions(busy, c -> apply(app, c));
            publisher.statusChanged();
        }
    }

    private String apply(KioskApp app, FleetCommand c) throws Exception {
        SessionManager sessions = app.sessions();
        switch (c.action()) {
            case OUT_OF_SERVICE -> {
                sessions.hold(OutOfServiceReason.OPERATOR, c.arg("reason"));
                telemetry.operatorReason(c.arg("reason"));
                return "out of service: " + c.arg("reason");
            }
            case IN_SERVICE -> {
                if (!sessions.holds(OutOfServiceReason.OPERATOR)) {
                    if (sessions.state() != KioskState.OUT_OF_SERVICE) return "already in service (" + sessions.state() + ")";
                    throw new IllegalStateException("out of service for " + firstReason(sessions)
                            + ", not by an operator: it returns by itself once the cause is fixed");
                }
                // Only the operator's reason is lifted: a reader or back end still missing keeps the kiosk closed.
                sessions.clear(OutOfServiceReason.OPERATOR);
                if (sessions.state() != KioskState.AVAILABLE) {
                    return "operator's reason cleared; still out of service for " + firstReason(sessions);
                }
                if (app.ui() != null) app.ui().showAvailable();
                return "back in service (" + sessions.state() + ")";
            }
            case MAINTENANCE -> {
                if (app.ui() == null) throw new IllegalStateException("no user interface");
                app.ui().requestMaintenance();
                return "technician PIN screen shown";
            }
            case DISABLE_ITEM, ENABLE_ITEM -> {
                String code = c.arg("item");
                if (catalog == null || !catalog.knows(code)) throw new IllegalArgumentException("no item '" + code + "' in this kiosk's catalog");
                telemetry.itemEnabled(code, c.action() == FleetCommand.Action.ENABLE_ITEM);
                if (app.ui() != null) app.ui().rebuild();
                return code + (c.action() == FleetCommand.Action.ENABLE_ITEM ? " enabled" : " disabled") + " until restart";
            }
            case NOTICE -> {
                String text = c.arg("text").strip();
                if (text.length() > 200) throw new IllegalArgumentException("notice longer than 200 characters");
                telemetry.notice(text);
                if (app.ui() != null) {
                    app.ui().operatorNotice(text);
                    app.ui().rebuild();
                }
                return text.isEmpty() ? "notice cleared" : "notice shown";
            }
            case SELF_TEST -> {
                String id = c.id();
                Thread t = new Thread(() -> {
                    SelfTestReport r = new SelfTest(devices.all(), Duration.ofSeconds(10)).run(HealthLevel.INTERNAL);
                    commands.answer(id, c.action().wire, r.allOk() ? "passed" : "failed", r.toText());
                    telemetry.emit("self-test", Map.of("ok", String.valueOf(r.allOk()), "failures", (long) r.failures().size()));
                }, "fleet-self-test");
                t.setDaemon(true);
                t.start();
                return "self-test started; its report follows on cmd/result";
            }
            case RELOAD_CONFIG -> {
                if (hooks.checkConfig() == null || hooks.restart() == null) throw new UnsupportedOperationException("this launcher cannot reload its config");
                String checked = hooks.checkConfig().call();
                hooks.restart().run();
                return checked + " is valid; restarting to apply it";
            }
            case RESTART -> {
                if (hooks.restart() == null) throw new UnsupportedOperationException("this launcher does not restart itself");
                telemetry.emit("restart-requested", Map.of());
                hooks.restart().run();
                return "restarting";
            }
        }
        throw new IllegalArgumentException("unknown action");
    }

    @Override
    public void close() {
        if (devicePoll != null) devicePoll.shutdownNow();
        publisher.close();
    }

    /** The first reason the availability policy holds, or null when none does. */
    private static OutOfServiceReason firstReason(SessionManager sessions) {
        var reasons = sessions.outOfServiceReasons();
        return reasons.isEmpty() ? null : reasons.get(0).kind();
    }
}
