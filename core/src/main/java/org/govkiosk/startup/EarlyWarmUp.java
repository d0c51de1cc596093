package org.govkiosk.startup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loading the first screen needs and the render thread would otherwise do itself, started on a thread of its
 * own as a launcher begins: on 2 cores the second core is mostly idle while the first reads config, opens the
 * window and rasterises fonts (issue 15, docs/performance.md "Cold start"). Only what the first screen needs
 * belongs here; what can wait for it waits for {@link FirstScreen}.
 */
public final class EarlyWarmUp {
    private static final java.util.concurrent.atomic.AtomicBoolean started = new java.util.concurrent.atomic.AtomicBoolean();

    private EarlyWarmUp() {}

    /**
     * Once per JVM: a launcher's main calls it before reading its command line, its command again for runs that do
     * not come through main (tests, in-process tools).
     * @param forTheFirstFrame what the first frame needs, after the common parts (the launcher names it: ui depends on startup)
     */
    public static void start(Runnable forTheFirstFrame) {
        if (!started.compareAndSet(false, true)) return;
        Thread t = new Thread(() -> {
            long started = System.nanoTime();
            // Logging starts here, not on the main thread that calls this (logback's set-up, ~0.06 s at start).
            Logger log = LoggerFactory.getLogger(EarlyWarmUp.class);
            try {
                // In the order the render thread meets them: the records client's TLS defaults (trust store, ~0.3 s)
                // and the JSON reader (the catalog, ~0.3 s) before the window; line breaking at the first frame.
                javax.net.ssl.SSLContext.getDefault();
                new com.fasterxml.jackson.databind.ObjectMapper().readTree("{\"a\":[1,\"b\",{\"c\":true,\"d\":null,\"e\":1.5}]}");
                forTheFirstFrame.run();
                log.debug("early warm-up done in {} ms", (System.nanoTime() - started) / 1_000_000);
            } catch (java.io.IOException | java.security.GeneralSecurityException | RuntimeException | LinkageError e) {
                // The render thread then loads it on first use, as before.
                log.warn("early warm-up failed: {}", e.toString());
            }
        }, "early-warm-up");
        t.setDaemon(true);
        t.start();
    }
}
