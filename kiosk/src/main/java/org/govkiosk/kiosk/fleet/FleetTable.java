package org.govkiosk.kiosk.fleet;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The fleet as text: one line per kiosk, the ones needing attention first. */
final class FleetTable {
    private FleetTable() {}

    /** @return the exit code: 0 all fine, 1 some need attention */
    static int print(List<FleetView.Row> rows, String broker, Instant now, Duration silentAfter, PrintWriter out) {
        long attention = rows.stream().filter(r -> !r.attention(now, silentAfter).isEmpty()).count();
        out.printf("%d kiosks, %d need attention (broker %s, %s)%n", rows.size(), attention, broker, now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        if (!rows.isEmpty()) {
            out.printf("%-8s %-14s %-15s %-9s %-9s %-22s %s%n", "ZONE", "KIOSK", "STATE", "RECEIPT", "A4", "LAST SEEN", "ATTENTION");
        }
        for (FleetView.Row r : rows) {
            List<String> a = r.attention(now, silentAfter);
            out.printf("%-8s %-14s %-15s %-9s %-9s %-22s %s%n", r.zone(), r.kiosk(), r.availability(), dash(r.receiptPaper()),
                    dash(r.a4Paper()), lastSeen(r.lastSeen(), now), a.isEmpty() ? "-" : String.join("; ", a));
        }
        out.flush();
        return attention == 0 ? 0 : 1;
    }

    static String lastSeen(Instant t, Instant now) {
        if (t == null) return "unknown";
        long s = Math.max(0, Duration.between(t, now).toSeconds());
        String ago = s < 120 ? s + " s" : s < 7200 ? s / 60 + " min" : s / 3600 + " h";
        return t.toString().substring(11, 19) + " (" + ago + ")";
    }

    private static String dash(String s) { return s == null ? "-" : s; }
}
