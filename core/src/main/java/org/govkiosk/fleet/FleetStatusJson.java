package org.govkiosk.fleet;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The payloads written by the kiosk that do not need live objects (schema in docs/fleet.md). */
public final class FleetStatusJson {
    public static final int SCHEMA = 1;
    static final ObjectMapper JSON = new ObjectMapper();

    private FleetStatusJson() {}

    /** The Last Will and the clean-stop status: the kiosk is not connected; {@code why} says crash or stop. */
    public static String offline(FleetSettings s, String connectedAt, String why) {
        ObjectNode n = JSON.createObjectNode();
        n.put("schema", SCHEMA).put("kiosk", s.kioskId()).put("zone", s.zone()).put("availability", "OFFLINE");
        n.putArray("reasons").add(why);
        n.put("connectedAt", connectedAt);
        return n.toString();
    }
}
