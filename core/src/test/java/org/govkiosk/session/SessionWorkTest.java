package org.govkiosk.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.MDC;

@Timeout(10)
class SessionWorkTest {
    final SessionManager manager = new SessionManager(new SessionPolicy(Duration.ofSeconds(60), Duration.ofSeconds(20),
            Duration.ofMinutes(10), Duration.ofSeconds(10)), new ManualTicker());
    final LinkedBlockingQueue<Runnable> uiQueue = new LinkedBlockingQueue<>();

    @Test
    void resultComesBackOnTheUiThreadWithTheSessionIdLogged() throws Exception {
        manager.ready();
        CitizenSession s = manager.start(Locale.CHINA, false);
        List<String> seen = new CopyOnWriteArrayList<>();
        try (SessionWork work = new SessionWork(manager, uiQueue::add, 2)) {
            work.run(() -> MDC.get(SessionManager.MDC_KEY) + " on " + Thread.currentThread().getName(),
                    o -> seen.add(o.value()));
            uiQueue.poll(5, TimeUnit.SECONDS).run();
        }
        assertEquals(1, seen.size());
        assertTrue(seen.get(0).startsWith(s.id() + " on kiosk-worker-"), seen.get(0));
    }

    @Test
    void aLateResultOfAnEndedSessionIsDroppedNotShownToTheNextCitizen() throws Exception {
        manager.ready();
        manager.start(Locale.CHINA, false);
        CountDownLatch release = new CountDownLatch(1);
        List<String> shown = new CopyOnWriteArrayList<>();
        try (SessionWork work = new SessionWork(manager, uiQueue::add, 2)) {
            work.run(() -> {
                release.await();
                return "first citizen's record";
            }, o -> shown.add(o.value()));
            manager.end(EndReason.INACTIVITY);
            manager.start(Locale.CHINA, false);
            release.countDown();
            uiQueue.poll(5, TimeUnit.SECONDS).run();
        }
        assertTrue(shown.isEmpty(), "the result was dropped");
    }

    @Test
    void anExceptionBecomesAnOutcomeNotACrash() throws Exception {
        manager.ready();
        manager.start(Locale.CHINA, false);
        List<SessionWork.Outcome<String>> got = new CopyOnWriteArrayList<>();
        try (SessionWork work = new SessionWork(manager, uiQueue::add, 1)) {
            work.<String>run(() -> {
                throw new java.io.IOException("reader unplugged");
            }, got::add);
            uiQueue.poll(5, TimeUnit.SECONDS).run();
        }
        assertEquals("reader unplugged", got.get(0).error().getMessage());
    }
}
