package org.govkiosk.desktop.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import org.govkiosk.records.CitizenRef;
import org.govkiosk.records.GatewayResult;
import org.govkiosk.records.IdentifyRequest;
import org.govkiosk.records.http.HttpRecordsGateway;
import org.govkiosk.identity.IdAssurance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Each citizen gets a fresh JDK HTTP client (her answers must not stay in a pooled connection); the old one must
 * go at her session's end, not whenever the garbage collector gets to it: before, a 1000-session run had 42
 * clients alive at once, each with its selector thread and connections (issue 15). The real gateway against the
 * real embedded service, sessions as the kiosk ends them; the JDK's selector threads are counted by name.
 */
@Timeout(60)
class RecordsClientThreadsTest {
    private static final int SESSIONS = 20;

    @Test
    void oldClientsStopAtSessionEndSoTheirThreadsDoNotPileUp() throws Exception {
        try (EmbeddedRecordsService service = EmbeddedRecordsService.start(ServiceFixture.serviceConfig(), new TestSealAuthority(), 0)) {
            Set<String> before = selectorThreads();
            HttpRecordsGateway gateway = ServiceFixture.client(service);
            for (int i = 0; i < SESSIONS; i++) {
                String sid = "s-threads-" + i;
                var who = DemoCitizens.ALL.get(i % DemoCitizens.ALL.size()).document();
                GatewayResult<CitizenRef> ref = gateway.identify(sid, new IdentifyRequest(who.type(), who.number(), IdAssurance.ID_CARD));
                assertTrue(ref.isOk(), () -> "session " + sid + " could not identify: " + ref);
                assertTrue(gateway.endSession(sid, ref.orNull()).isOk(), sid);
                // Her client's selector thread ends within milliseconds of her session's end (polled to a
                // deadline, not slept on); only the next citizen's client may have one.
                Set<String> alive = aliveSince(before, 2_000);
                assertTrue(alive.size() <= 1, "after session " + (i + 1) + " these clients' selector threads are alive: " + alive);
            }

            // The next citizen is served as usual by the fresh client.
            var who = DemoCitizens.ALL.get(0).document();
            assertTrue(gateway.identify("s-after", new IdentifyRequest(who.type(), who.number(), IdAssurance.ID_CARD)).isOk());
            Set<String> after = selectorThreads();
            after.removeAll(before);
            assertEquals(1, after.size(), "one live client serves the next citizen: " + after);
        }
    }

    /** Selector threads not in {@code before}, once at most one is left or when {@code millis} have passed. */
    private static Set<String> aliveSince(Set<String> before, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        while (true) {
            Set<String> mine = selectorThreads();
            mine.removeAll(before);
            if (mine.size() <= 1 || System.nanoTime() > deadline) return mine;
            Thread.sleep(10);
        }
    }

    private static Set<String> selectorThreads() {
        Set<String> names = new TreeSet<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.isAlive() && t.getName().startsWith("HttpClient-") && t.getName().endsWith("-SelectorManager")) names.add(t.getName());
        }
        return names;
    }
}
