package org.govkiosk.kiosk.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.govkiosk.testing.MosquittoBroker;
import org.govkiosk.testing.MqttTap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live fleet page in headless Chromium against a real broker: the table follows the kiosks' statuses. */
class FleetWebPageTest {
    @TempDir Path dir;

    static String status(String kiosk, String availability, String reasons, String receipt) {
        return "{\"schema\":1,\"kiosk\":\"" + kiosk + "\",\"zone\":\"web\",\"availability\":\"" + availability + "\",\"reasons\":" + reasons
                + ",\"paper\":{\"receipt\":\"" + receipt + "\",\"a4\":\"FULL\"},\"version\":\"0.1.0\",\"at\":\"" + Instant.now() + "\"}";
    }

    @Test
    void theTableUpdatesLiveWhenAKioskChanges() throws Exception {
        try (MosquittoBroker broker = MosquittoBroker.start(dir.resolve("broker"));
             MqttTap kiosks = MqttTap.open(broker.url(), "nothing/#")) {
            kiosks.publish("govkiosk/web/W-1/status", status("W-1", "AVAILABLE", "[]", "FULL"), true);
            kiosks.publish("govkiosk/web/W-2/status", status("W-2", "AVAILABLE", "[]", "FULL"), true);
            BrokerLogin login = new BrokerLogin(broker.url(), null, null, null, null);
            try (FleetView view = new FleetView(login, null, Clock.systemUTC())) {
                view.connect(Duration.ofSeconds(5));
                try (FleetWebPage page = FleetWebPage.start(view, "127.0.0.1", 0, Duration.ofMinutes(2));
                     HeadlessChromium chrome = HeadlessChromium.open("http://127.0.0.1:" + page.port() + "/", dir.resolve("chrome"))) {
                    chrome.awaitValue("document.body.dataset.kiosks", "2"::equals, Duration.ofSeconds(20));
                    assertEquals("AVAILABLE", chrome.eval("document.getElementById('k-web-W-2').dataset.availability"));
                    String updatesBefore = chrome.eval("document.body.dataset.updates");

                    // No reload: the page must change by itself.
                    kiosks.publish("govkiosk/web/W-2/status", status("W-2", "OUT_OF_SERVICE", "[\"HARDWARE\"]", "OUT"), true);
                    kiosks.publish("govkiosk/web/W-3/status", "{\"schema\":1,\"kiosk\":\"W-3\",\"zone\":\"web\",\"availability\":\"OFFLINE\","
                            + "\"reasons\":[\"connection lost\"]}", true);
                    chrome.awaitValue("document.getElementById('k-web-W-2') && document.getElementById('k-web-W-2').dataset.availability",
                            "OUT_OF_SERVICE"::equals, Duration.ofSeconds(20));
                    chrome.awaitValue("document.body.dataset.kiosks", "3"::equals, Duration.ofSeconds(20));
                    assertTrue(Integer.parseInt(chrome.eval("document.body.dataset.updates")) > Integer.parseInt(updatesBefore));
                    String attention = chrome.eval("document.querySelector('#k-web-W-2 td.attention').textContent");
                    assertTrue(attention.contains("out of service: HARDWARE") && attention.contains("receipt paper out"), attention);
                    assertTrue(chrome.eval("document.querySelector('#k-web-W-3 td.attention').textContent").contains("offline"));
                    assertEquals("3 kiosks, 2 need attention", chrome.eval("document.getElementById('summary').textContent").split(" \\(")[0]);
                    // Needing attention sorts first.
                    assertEquals("k-web-W-3", chrome.eval("document.querySelector('#fleet tr:last-child').previousElementSibling ? "
                            + "document.querySelectorAll('#fleet tr')[1].id : ''"));
                    chrome.screenshot(Path.of("target", "fleet-page.png"));
                }
            }
        }
    }
}
