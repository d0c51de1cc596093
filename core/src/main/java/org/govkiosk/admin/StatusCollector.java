package org.govkiosk.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.govkiosk.device.Device;

/**
 * Takes {@link KioskStatus} snapshots from live objects. Cheap and non-blocking (reads cached device status,
 * never talks to hardware), so the status endpoint may call it for every request.
 */
public final class StatusCollector {
    private final String kioskId;
    private final String version;
    private final Supplier<List<? extends Device>> devices;
    private final Supplier<String> appState;
    private final Supplier<Map<String, Long>> counters;
    private final Clock clock;
    private final Instant startedAt;

    /**
     * @param appState the session/app state machine's current state name
     * @param counters application counters (sessions, certificates printed, receipts ...)
     */
    public StatusCollector(String kioskId, String version, Supplier<List<? extends Device>> devices,
                           Supplier<String> appState, Supplier<Map<String, Long>> counters, Clock clock) {
        this.kioskId = kioskId;
        this.version = version;
        this.devices = devices;
        this.appState = appState;
        this.counters = counters;
        this.clock = clock;
        this.startedAt = clock.instant();
    }

    public KioskStatus snapshot() {
        Instant now = clock.instant();
        List<KioskStatus.DeviceEntry> entries = devices.get().stream()
                .map(d -> KioskStatus.DeviceEntry.of(d.status(), d.statistics().snapshot())).toList();
        String state = String.valueOf(appState.get());
        return new KioskStatus(kioskId, state, version, now.toString(), startedAt.toString(),
                Duration.between(startedAt, now).toSeconds(), entries, new TreeMap<>(counters.get()),
                KioskStatus.attentionOf(state, entries));
    }
}
