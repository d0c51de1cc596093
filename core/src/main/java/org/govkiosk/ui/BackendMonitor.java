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
 * Asks the records service how it is, between citizens only. After {@code failuresBeforeOutOfService} failed
 * checks in a row the kiosk goes out of service (BACKEND) and the attract screen says so, instead of letting
 * someone start a visit that cannot work; the first good answer brings it back. Runs its check on a worker.
 */
final class BackendMonitor {
    private static final Logger log = LoggerFactory.getLogger(BackendMonitor.class);

    private final KioskUi ui;
    private final Countdown interval;
    private final boolean enabled;
    private final int failuresBeforeOutOfService;
    private boolean inFlight;
    private int failures;

    BackendMonitor(KioskUi ui, Duration interval, int failuresBeforeOutOfService) {
        this.ui = ui;
        this.enabled = !interval.isZero() && !interval.isNegative();
        // On the session clock: a scenario's "advance" brings the next check forward like every other timer.
        this.interval = ui.timers().start(interval);
        this.interval.expireNow(); // check soon after start
        this.failuresBeforeOutOfService = failuresBeforeOutOfService;
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
            else failed(o.ok() ? String.valueOf(o.value()) : String.valueOf(o.error()));
        });
    }

    private void healthy() {
        failures = 0;
        if (ui.sessions().state() == KioskState.OUT_OF_SERVICE && ui.sessions().outOfServiceReason() == OutOfServiceReason.BACKEND) {
            log.info("records service is back: kiosk available again");
            ui.sessions().ready();
        }
    }

    private void failed(String detail) {
        failures++;
        log.warn("records service health check failed ({} in a row): {}", failures, detail);
        if (failures >= failuresBeforeOutOfService && ui.sessions().state() == KioskState.AVAILABLE && !ui.sessions().inSession()) {
            ui.sessions().outOfService(OutOfServiceReason.BACKEND);
        }
    }
}
