package org.govkiosk.session;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Runs blocking work (devices, network, printing) off the UI thread and hands the result back on it.
 * A result that arrives after its session ended is dropped, never shown: a slow back end must not
 * put one citizen's record on the next citizen's screen.
 */
public final class SessionWork implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SessionWork.class);

    private final SessionManager sessions;
    private final Consumer<Runnable> uiThread;
    private final ExecutorService workers;
    private final AtomicLong failures = new AtomicLong();

    /**
     * @param uiThread posts a task to the UI thread ({@code Gdx.app::postRunnable}); tests pass a queue
     */
    public SessionWork(SessionManager sessions, Consumer<Runnable> uiThread, int threads) {
        this.sessions = sessions;
        this.uiThread = uiThread;
        AtomicInteger n = new AtomicInteger();
        ThreadFactory tf = r -> {
            Thread t = new Thread(r, "kiosk-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.workers = Executors.newFixedThreadPool(threads, tf);
    }

    /** A finished piece of work: either a value or the exception it threw. */
    public record Outcome<T>(T value, Exception error) {
        public boolean ok() { return error == null; }
    }

    /**
     * Runs {@code task} on a worker with the current session's id in the log context; {@code onUi} gets the
     * outcome on the UI thread if the same session is still active then.
     */
    public <T> Future<?> run(Callable<T> task, Consumer<Outcome<T>> onUi) {
        CitizenSession owner = sessions.session();
        String sessionId = owner == null ? null : owner.id();
        return workers.submit(() -> {
            if (sessionId != null) MDC.put(SessionManager.MDC_KEY, sessionId);
            Outcome<T> outcome;
            try {
                outcome = new Outcome<>(task.call(), null);
            } catch (Exception e) {
                outcome = new Outcome<>(null, e);
            } finally {
                MDC.remove(SessionManager.MDC_KEY);
            }
            Outcome<T> result = outcome;
            uiThread.accept(() -> {
                CitizenSession now = sessions.session();
                boolean sameSession = owner == null ? true : now == owner && owner.active();
                if (sameSession) {
                    onUi.accept(result);
                } else {
                    log.info("dropped a late result of ended session {}", sessionId);
                }
            });
        });
    }

    /**
     * Runs without a result (status polls, fire-and-forget device calls). Nobody waits for it, so a failure is
     * logged here with the session id, counted in {@link #failures()} (operators see it on the status endpoint),
     * and left in the returned future for a caller that does wait.
     */
    public Future<?> fire(Runnable task) {
        CitizenSession owner = sessions.session();
        String sessionId = owner == null ? null : owner.id();
        return workers.submit(() -> {
            if (sessionId != null) MDC.put(SessionManager.MDC_KEY, sessionId);
            try {
                task.run();
            } catch (RuntimeException | Error e) {
                failures.incrementAndGet();
                log.error("background work failed{}: {}", sessionId == null ? "" : " in session " + sessionId, e.toString(), e);
                throw e;
            } finally {
                MDC.remove(SessionManager.MDC_KEY);
            }
        });
    }

    /** Fire-and-forget tasks that threw since start. Any thread. */
    public long failures() { return failures.get(); }

    @Override
    public void close() {
        // Work under way (a device exchange, a status poll) gets up to 2 s to finish before it is interrupted: an
        // interrupted serial exchange marks its device offline, and the attract screen polls the reader all the time.
        workers.shutdown();
        try {
            if (!workers.awaitTermination(2, TimeUnit.SECONDS)) {
                workers.shutdownNow();
                workers.awaitTermination(2, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
