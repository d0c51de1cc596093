package org.govkiosk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.badlogic.gdx.ApplicationAdapter;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AssembledLaterTest {
    static final class Recording extends ApplicationAdapter {
        final List<String> calls = new CopyOnWriteArrayList<>();
        @Override public void create() { calls.add("create"); }
        @Override public void resize(int w, int h) { calls.add("resize " + w + "x" + h); }
        @Override public void render() { calls.add("render"); }
        @Override public void dispose() { calls.add("dispose"); }
    }

    @Test
    void createWaitsForTheAssemblyThenEverythingGoesToTheApplicationItMade() throws Exception {
        CountDownLatch assembling = new CountDownLatch(1);
        Recording app = new Recording();
        AssembledLater<Recording> later = AssembledLater.start(() -> {
            if (!assembling.await(10, TimeUnit.SECONDS)) throw new IllegalStateException("never released");
            return app;
        }, a -> a);
        later.render(); // a frame before create() reaches nothing
        assertTrue(later.made().isEmpty(), "not made yet");

        Thread window = new Thread(later::create);
        window.start();
        window.join(200);
        assertTrue(window.isAlive(), "create() waits for the assembly");
        assertTrue(app.calls.isEmpty());

        assembling.countDown();
        window.join(10_000);
        assertFalse(window.isAlive());
        later.resize(1920, 1080);
        later.render();
        later.dispose();
        assertEquals(List.of("create", "resize 1920x1080", "render", "dispose"), app.calls);
        assertSame(app, later.assembled());
        assertSame(app, later.made().orElseThrow());
    }

    @Test
    void aFailedAssemblyFailsCreateWithItsOwnExceptionAndNothingIsMade() {
        AssembledLater<Recording> later = AssembledLater.start(() -> {
            throw new IOException("cannot open /dev/ttyS0");
        }, a -> a);
        AssembledLater.AssemblyFailed failed = assertThrows(AssembledLater.AssemblyFailed.class, later::create);
        assertTrue(failed.getCause() instanceof IOException);
        IOException own = assertThrows(IOException.class, later::assembled, "the launcher gets the assembly's own exception");
        assertEquals("cannot open /dev/ttyS0", own.getMessage());
        assertTrue(later.made().isEmpty());
        later.render();
        later.dispose();
    }
}
