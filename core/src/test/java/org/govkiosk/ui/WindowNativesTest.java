package org.govkiosk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lwjgl.system.Configuration;

/** The window's libraries load on their own thread and are there when the launcher opens the window. */
class WindowNativesTest {
    @Test
    void theLibrariesAreLoadedWhenTheWindowAsksForThem() {
        WindowNatives.loadAhead();
        WindowNatives.loadAhead(); // a second call starts nothing more
        assertTrue(WindowNatives.loadingAhead());
        WindowNatives.ready();
        // A native method of libGDX's own library: it links only once the library is loaded.
        java.nio.ByteBuffer b = com.badlogic.gdx.utils.BufferUtils.newUnsafeByteBuffer(16);
        com.badlogic.gdx.utils.BufferUtils.disposeUnsafeByteBuffer(b);
        assertNotNull(org.lwjgl.glfw.GLFW.getLibrary(), "GLFW is linked");
        assertEquals("system", Configuration.MEMORY_ALLOCATOR.get(), "LWJGL allocates with malloc, not jemalloc");
        // LWJGL's own lookup of libGLX can deadlock against any thread loading a library (LWJGL/lwjgl3#1148).
        assertSame(WindowNatives.GLFW_LOOKUP, org.lwjgl.opengl.GL.getFunctionProvider(), "GL functions are looked up through GLFW");
        assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().equals("window-natives") && t.isAlive()),
                "the loading thread has finished");
    }
}
