package org.govkiosk.ui;

import java.time.Duration;
import org.govkiosk.records.GatewayResult;
import org.govkiosk.records.ServiceHealth;
import org.govkiosk.session.Countdown;
import org.govkiosk.session.KioskState;
import org.govkiosk.session.OutOfServiceReason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the records service how it is, between citizens only, on a worker, and tells the session manager's
 * availability policy (which takes the kiosk out of service after several failures in a row, so nobody starts
 * a visit that cannot work, and brings it back at the first good answer).
 */
final class BackendMonitor {
    private static final Logger log = LoggerFactory.getLogger(BackendMonitor.class);

    private final KioskUi ui;
    private final Countdown interval;
    private final boolean enabled;
    private boolean inFlight;

    BackendMonitor(KioskUi ui, Duration interval) {
        this.ui = ui;
        this.enabled = !interval.isZero() && !interval.isNegative();
        // On the session clock: a scenario's "advance" brings the next check forward like every other timer.
        this.interval = ui.timers().start(interval);
        this.interval.expireNow(); // check soon after start
    }

    void update(float delta) {
        if (inFlight || ui.sessions().inSession() || !enabled) return;
        KioskState s = ui.sessions().state();
        if (s == KioskState.MAINTENANCE || s == KioskState.INITIALISING) return;
        if (!interval.expired()) return;
        interval.restart();
        inFlight = true;
        ui.work().run(() -> ui.services().records().health(), o -> {
            inFlight = false;
            boolean up = o.ok() && o.value() instanceof GatewayResult.Ok<ServiceHealth> ok && ok.value().up();
            if (up) healthy();
            else if (!o.ok()) failed(String.valueOf(o.error()));
            else if (o.value() instanceof GatewayResult.Failure<ServiceHealth> f) failed(f.error() + ": " + f.technicianDetail());
            else if (o.value() instanceof GatewayResult.Ok<ServiceHealth> down) failed("the service says it is down: " + down.value().detail());
            else failed(String.valueOf(o.value()));
        });
    }

    private void healthy() {
        if (ui.sessions().holds(OutOfServiceReason.BACKEND)) log.info("records service is back");
        ui.sessions().backendChecked(true, "");
    }

    private void failed(String detail) {
        log.warn("records service health check failed: {}", detail);
        ui.sessions().backendChecked(false, detail);
    }
}
