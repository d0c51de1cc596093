package org.govkiosk.device;

import java.time.Duration;
import java.util.List;

/** The result of a health check, in words a technician can act on. */
public record HealthReport(DeviceKind kind, String deviceId, HealthLevel level, boolean ok, String summary,
                           List<String> details, Duration took) {
    public HealthReport {
        details = List.copyOf(details);
    }
}
