package org.govkiosk.ui;

import com.badlogic.gdx.backends.lwjgl3.Lwjgl3NativesLoader;
import java.util.concurrent.CompletableFuture;
import org.lwjgl.glfw.GLFW;
import org.lwjgl.opengl.GL;
import org.lwjgl.system.FunctionProvider;
import org.lwjgl.system.Configuration;
import org.slf4j.LoggerFactory;

/**
 * The window's native libraries (libGDX's, LWJGL's and GLFW's), loaded on a thread of their own from a launcher's
 * first line. The backend loads them itself when the window is made, after the command line and the config have been
 * read: 0.2-0.25 s of the render thread's 1.8 s cold start on 2 cores, while the other core had room (issue 15).
 */
public final class WindowNatives {
    private static CompletableFuture<Void> loading;

    private WindowNatives() {}

    /** Starts loading them; a launcher calls this as soon as it knows a window will open. Once per JVM. */
    public static synchronized void loadAhead() {
        if (loading != null) return;
        configureLwjgl();
        CompletableFuture<Void> done = new CompletableFuture<>();
        loading = done;
        Thread t = new Thread(() -> {
            long started = System.nanoTime();
            try {
                Lwjgl3NativesLoader.load();
                GLFW.getLibrary();
                // Logging starts on this thread, not on main (logback's set-up, ~0.06 s at start).
                LoggerFactory.getLogger(WindowNatives.class).debug("window libraries loaded ahead in {} ms", (System.nanoTime() - started) / 1_000_000);
            } catch (RuntimeException | LinkageError e) {
                // The backend tries again on the render thread and reports what it finds there.
                LoggerFactory.getLogger(WindowNatives.class).warn("window libraries could not be loaded ahead: {}", e.toString());
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
     * <p>OpenGL's functions are then looked up through GLFW. LWJGL 3.3's own lookup loads libGLX "from system paths"
     * and asks for its path from inside {@code dl_iterate_phdr}, calling {@code dlopen} there: a thread loading any
     * library at that moment (the JDK loading libawt for the receipt emulator, a device's driver) deadlocks with it,
     * both threads for good (LWJGL/lwjgl3#1148). A kiosk stuck before its first frame was seen here once in 27 starts,
     * with the window opened while the devices started. GLFW has loaded the GL library it makes the context with.
     */
    public static void ready() {
        CompletableFuture<Void> started;
        synchronized (WindowNatives.class) {
            started = loading;
        }
        configureLwjgl();
        if (started != null) started.join();
        synchronized (WindowNatives.class) {
            if (GL.getFunctionProvider() == null) GL.create(GLFW_LOOKUP);
        }
    }

    /** OpenGL's functions as GLFW finds them for the context current on the calling thread. */
    static final FunctionProvider GLFW_LOOKUP = GLFW::glfwGetProcAddress;

    /** Whether {@link #loadAhead} was called (tests). */
    static synchronized boolean loadingAhead() {
        return loading != null;
    }

    private static void configureLwjgl() {
        // LWJGL's default, jemalloc, is one more library to extract and load (~0.07 s at start) for the few native
        // buffers a kiosk's UI asks for; the C library's malloc serves them. A -D given to the JVM still wins.
        if (System.getProperty("org.lwjgl.system.allocator") == null) Configuration.MEMORY_ALLOCATOR.set("system");
        // Otherwise the GL class loads OpenGL LWJGL's way as it initialises (see ready()).
        Configuration.OPENGL_EXPLICIT_INIT.set(true);
    }
}
