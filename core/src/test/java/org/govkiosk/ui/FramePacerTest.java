package org.govkiosk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.badlogic.gdx.scenes.scene2d.Actor;
import com.badlogic.gdx.scenes.scene2d.Group;
import com.badlogic.gdx.scenes.scene2d.actions.Actions;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FramePacerTest {

    @Test
    void anActionAnywhereOnTheStageAsksForTheNextFrameAndAFinishedOneDoesNot() {
        AtomicInteger frames = new AtomicInteger();
        try (FramePacer pacer = new FramePacer(frames::incrementAndGet, Duration.ofHours(1), Duration.ofHours(1))) {
            Group root = new Group();
            Group table = new Group();
            Actor button = new Actor();
            root.addActor(table);
            table.addActor(button);

            pacer.afterFrame(root, false);
            assertEquals(0, frames.get(), "a still screen must not ask for frames");

            button.addAction(Actions.repeat(2, Actions.fadeOut(0.5f)));
            pacer.afterFrame(root, false);
            assertEquals(1, frames.get(), "a button two levels down is animating");

            for (int i = 0; i < 10; i++) root.act(0.25f);
            assertFalse(button.hasActions());
            pacer.afterFrame(root, false);
            assertEquals(1, frames.get(), "the animation has ended: no more frames");
        }
    }

    @Test
    void theHeartbeatDrawsSlowlyBetweenVisitsAndOftenDuringOne() throws Exception {
        AtomicInteger frames = new AtomicInteger();
        try (FramePacer pacer = new FramePacer(frames::incrementAndGet, Duration.ofHours(1), Duration.ofMillis(20))) {
            pacer.start();
            Thread.sleep(300);
            assertEquals(0, frames.get(), "between visits the heartbeat is an hour here");
            // A citizen starts her visit: the heartbeat wakes up at once and beats at the session interval.
            pacer.afterFrame(new Group(), true);
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (frames.get() < 3 && System.nanoTime() < deadline) Thread.sleep(10);
            assertTrue(frames.get() >= 3, "no session heartbeat: " + frames.get() + " frames");
        }
    }

    @Test
    void aDelayedRequestComesAfterItsDelayAndNotBefore() throws Exception {
        AtomicInteger frames = new AtomicInteger();
        try (FramePacer pacer = new FramePacer(frames::incrementAndGet, Duration.ofHours(1), Duration.ofHours(1))) {
            pacer.start();
            long t0 = System.nanoTime();
            pacer.requestFrameIn(Duration.ofMillis(200));
            long deadline = t0 + Duration.ofSeconds(20).toNanos();
            while (frames.get() == 0 && System.nanoTime() < deadline) Thread.sleep(5);
            assertEquals(1, frames.get());
            assertTrue(System.nanoTime() - t0 >= Duration.ofMillis(200).toNanos(), "the frame came early");
        }
    }

    @Test
    void nonPositiveIntervalsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new FramePacer(() -> { }, Duration.ZERO, Duration.ofMillis(250)));
        assertThrows(IllegalArgumentException.class, () -> new FramePacer(() -> { }, Duration.ofSeconds(1), Duration.ofMillis(-1)));
    }
}
