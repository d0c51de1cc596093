package org.govkiosk.fleet;

import java.time.Clock;
import java.util.Map;
import org.govkiosk.config.KioskConfig;

/**
 * A kiosk process for the Last Will test: connects, publishes an AVAILABLE status, says CONNECTED on stdout
 * and waits to be killed. Args: broker URL, kiosk id.
 */
public final class FleetChildKiosk {
    public static void main(String[] args) throws Exception {
        FleetSettings s = FleetSettings.from(KioskConfig.defaults().with(Map.of("fleet.mqtt.url", args[0], "kiosk.id", args[1],
                "fleet.mqtt.keepAlive", "60s"))).orElseThrow();
        FleetPublisher p = new FleetPublisher(s, () -> "{\"kiosk\":\"" + args[1] + "\",\"availability\":\"AVAILABLE\"}",
                payload -> {}, null, Clock.systemUTC());
        p.start();
        while (!p.connected()) Thread.sleep(20);
        p.statusChanged();
        System.out.println("CONNECTED");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
