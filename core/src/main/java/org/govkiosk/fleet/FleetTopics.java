package org.govkiosk.fleet;

/** {@code govkiosk/<zone>/<kioskId>/...}: the one place topic names are made (docs/fleet.md). */
public record FleetTopics(String zone, String kioskId) {
    public static final String ROOT = "govkiosk";
    /** Every kiosk's retained status, for the operator's view. */
    public static final String ALL_STATUS = ROOT + "/+/+/status";
    public static final String ALL_EVENTS = ROOT + "/+/+/events";
    public static final String ALL_RESULTS = ROOT + "/+/+/cmd/result";

    public String base() { return ROOT + "/" + zone + "/" + kioskId; }
    public String status() { return base() + "/status"; }
    public String events() { return base() + "/events"; }
    public String commands() { return base() + "/cmd"; }
    public String results() { return base() + "/cmd/result"; }

    /** The zone and kiosk id of a topic like {@code govkiosk/zz-gx/ZZ-GX-0001/status}, or null. */
    public static FleetTopics of(String topic) {
        String[] p = topic.split("/");
        if (p.length < 4 || !p[0].equals(ROOT)) return null;
        return new FleetTopics(p[1], p[2]);
    }
}
