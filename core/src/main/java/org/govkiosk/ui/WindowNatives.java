package org.govkiosk.ui;

import com.badlogic.gdx.backends.lwjgl3.Lwjgl3NativesLoader;
import java.util.concurrent.CompletableFuture;
import org.lwjgl.glfw.GLFW;
import org.lwjgl.system.Configuration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's native libraries (libGDX's, LWJGL's and GLFW's), loaded on a thread of their own from a launcher's
 * first line. The backend loads them itself when the window is made, after the command line and the config have been
 * read: 0.2-0.25 s of the render thread's 1.8 s cold start on 2 cores, while the other core had room (issue 15).
 */
public final class WindowNatives {
    private static final Logger log = LoggerFactory.getLogger(WindowNatives.class);
    private static CompletableFuture<Void> loading;

    private WindowNatives() {}

    /** Starts loading them; a launcher calls this as soon as it knows a window will open. Once per JVM. */
    public static synchronized void loadAhead() {
        if (loading != null) return;
        systemAllocator();
        CompletableFuture<Void> done = new CompletableFuture<>();
        loading = done;
        Thread t = new Thread(() -> {
            long started = System.nanoTime();
            try {
                Lwjgl3NativesLoader.load();
                GLFW.getLibrary();
                log.debug("window libraries loaded ahead in {} ms", (System.nanoTime() - started) / 1_000_000);
            } catch (RuntimeException | LinkageError e) {
                // The backend tries again on the render thread and reports what it finds there.
                log.warn("window libraries could not be loaded ahead: {}", e.toString());
            } finally {
                done.complete(null);
            }
        }, "window-natives");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Before the first call into the backend (the application, the display mode): waits for {@link #loadAhead}'s
     * thread if one runs, as the backend's loader must not run twice at once.
     */
    public static void ready() {
        CompletableFuture<Void> started;
        synchronized (WindowNatives.class) {
            started = loading;
        }
        systemAllocator();
        if (started != null) started.join();
    }

    /** Whether {@link #loadAhead} was called (tests). */
    static synchronized boolean loadingAhead() {
        return loading != null;
    }

    private static void systemAllocator() {
        // LWJGL's default, jemalloc, is one more library to extract and load (~0.07 s at start) for the few native
        // buffers a kiosk's UI asks for; the C library's malloc serves them. A -D given to the JVM still wins.
        if (System.getProperty("org.lwjgl.system.allocator") == null) Configuration.MEMORY_ALLOCATOR.set("system");
    }
}
