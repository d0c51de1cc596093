package org.govkiosk.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Status changes come from several threads (the link's watcher, a worker's exchange, the card poller). Listeners
 * must hear them in the order they happened, and the last one heard must be the device's status: otherwise the
 * kiosk believes a reader OFFLINE that is ONLINE (or the other way round) until the next change.
 */
@Timeout(20)
class AbstractDeviceStatusTest {
    static final class Probe extends AbstractDevice {
        Probe() { super("probe", DeviceKind.ID_CARD_READER); }
        void set(DeviceState s) { updateState(s, "test"); }
    }

    @Test
    void aChangeMadeWhileAnotherIsBeingDeliveredIsHeardAfterItNotBefore() throws Exception {
        Probe p = new Probe();
        List<DeviceState> heard = new CopyOnWriteArrayList<>();
        CountDownLatch firstEntered = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        p.addStatusListener(s -> {
            if (s.state() == DeviceState.OFFLINE) {
                firstEntered.countDown();
                await(releaseFirst);
            }
            heard.add(s.state()); // recorded when the listener has finished with it
        });

        Thread lost = new Thread(() -> p.set(DeviceState.OFFLINE), "link-watcher");
        lost.start();
        assertTrue(firstEntered.await(5, TimeUnit.SECONDS));
        // While OFFLINE is being delivered, another thread sees the port back.
        Thread back = new Thread(() -> p.set(DeviceState.ONLINE), "idcard-link-back");
        back.start();
        back.join(5000);
        assertEquals(List.of(), heard, "ONLINE waits for OFFLINE's delivery to finish");
        releaseFirst.countDown();
        lost.join(5000);

        assertEquals(List.of(DeviceState.OFFLINE, DeviceState.ONLINE), heard, "in the order they happened");
        assertEquals(p.status().state(), heard.get(heard.size() - 1), "the last change heard is the device's status");
    }

    @Test
    void racingThreadsNeverDeliverTheSameChangeTwiceInARow() throws Exception {
        Probe p = new Probe();
        List<DeviceState> heard = new CopyOnWriteArrayList<>();
        p.addStatusListener(s -> heard.add(s.state()));
        int threads = 4;
        int rounds = 2000;
        CyclicBarrier start = new CyclicBarrier(threads);
        List<Thread> all = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int me = t;
            Thread th = new Thread(() -> {
                await(start);
                for (int i = 0; i < rounds; i++) p.set((i + me) % 2 == 0 ? DeviceState.OFFLINE : DeviceState.ONLINE);
            });
            th.start();
            all.add(th);
        }
        for (Thread th : all) th.join(10_000);
        for (int i = 1; i < heard.size(); i++) {
            assertNotEquals(heard.get(i - 1), heard.get(i), "change " + i + " repeats the one before: a lost compare-and-set");
        }
        assertEquals(p.status().state(), heard.get(heard.size() - 1), "the last change heard is the device's status");
    }

    private static void await(CountDownLatch l) {
        try {
            l.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CyclicBarrier b) {
        try {
            b.await(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
