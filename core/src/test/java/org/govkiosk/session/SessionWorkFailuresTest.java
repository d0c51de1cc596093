package org.govkiosk.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;

/** A fire-and-forget task that throws must not vanish: it is logged with its session id and counted. */
@Timeout(10)
class SessionWorkFailuresTest {
    final SessionManager manager = new SessionManager(new SessionPolicy(Duration.ofSeconds(60), Duration.ofSeconds(20),
            Duration.ofMinutes(10), Duration.ofSeconds(10)), new ManualTicker());

    @Test
    void aFailedFireAndForgetTaskIsLoggedWithTheSessionIdAndCounted() throws Exception {
        Logger logger = (Logger) LoggerFactory.getLogger(SessionWork.class);
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        logger.addAppender(captured);
        manager.ready();
        CitizenSession s = manager.start(Locale.CHINA, false);
        try (SessionWork work = new SessionWork(manager, r -> {}, 1)) {
            Future<?> f = work.fire(() -> {
                throw new IllegalStateException("help light relay stuck");
            });
            ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(5, TimeUnit.SECONDS),
                    "the failure stays in the future for a caller that waits");
            assertInstanceOf(IllegalStateException.class, e.getCause());
            assertEquals(1, work.failures());

            List<ILoggingEvent> errors = captured.list.stream().filter(ev -> ev.getLevel() == Level.ERROR).toList();
            assertEquals(1, errors.size(), captured.list.toString());
            ILoggingEvent ev = errors.get(0);
            assertTrue(ev.getFormattedMessage().contains(s.id()), ev.getFormattedMessage());
            assertTrue(ev.getFormattedMessage().contains("help light relay stuck"), ev.getFormattedMessage());
            assertEquals(s.id(), ev.getMDCPropertyMap().get(SessionManager.MDC_KEY), "the log context carries the session id");

            work.fire(() -> {}).get(5, TimeUnit.SECONDS);
            assertEquals(1, work.failures(), "a task that works is not counted");
        } finally {
            logger.detachAppender(captured);
        }
    }
}
