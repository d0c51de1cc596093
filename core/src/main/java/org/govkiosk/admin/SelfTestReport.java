package org.govkiosk.admin;

import java.time.Duration;
import java.util.List;
import org.govkiosk.device.HealthLevel;
import org.govkiosk.device.HealthReport;

/** What a self-test found, device by device, for the technician's screen and the log. */
public record SelfTestReport(HealthLevel level, List<HealthReport> devices, Duration took) {
    public SelfTestReport {
        devices = List.copyOf(devices);
    }

    public boolean allOk() {
        return devices.stream().allMatch(HealthReport::ok);
    }

    public List<HealthReport> failures() {
        return devices.stream().filter(r -> !r.ok()).toList();
    }

    /** Plain text, one block per device, failures marked so they stand out on a small screen. */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        sb.append("Self-test (").append(level).append("): ")
                .append(allOk() ? "all devices OK" : failures().size() + " of " + devices.size() + " devices need attention")
                .append(", ").append(took.toMillis()).append(" ms\n");
        for (HealthReport r : devices) {
            sb.append(r.ok() ? "[ OK ] " : "[FAIL] ").append(r.kind()).append(' ').append(r.deviceId())
                    .append(": ").append(r.summary()).append('\n');
            for (String d : r.details()) {
                if (!d.isBlank()) sb.append("         ").append(d).append('\n');
            }
        }
        return sb.toString();
    }
}
