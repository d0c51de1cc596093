package org.govkiosk.kiosk.serial;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.govkiosk.device.link.LinkException;
import org.govkiosk.sim.link.PipeLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Back-off and presence logic, with pipes standing in for ports (the pty test covers real jSSC). */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class ReconnectingLinkTest {
    @Test
    void failsFastWhileAbsentAndBacksOffBetweenAttempts() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        try (ReconnectingLink link = new ReconnectingLink("x", () -> {
            attempts.incrementAndGet();
            throw new LinkException(LinkException.Kind.IO, "no such port");
        }, null, Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ZERO)) {
            LinkException first = assertThrows(LinkException.class, () -> link.write(new byte[1]));
            assertEquals(LinkException.Kind.IO, first.kind());
            LinkException second = assertThrows(LinkException.class, () -> link.write(new byte[1]));
            assertTrue(second.getMessage().contains("next attempt"), second.getMessage());
            assertEquals(1, attempts.get(), "the back-off holds the second attempt back");
            assertFalse(link.isOpen());
        }
    }

    @Test
    void reopensAfterAVanishedNodeReturns(@TempDir Path dir) throws Exception {
        Path node = Files.createFile(dir.resolve("ttyUSB0"));
        List<PipeLink[]> opened = new CopyOnWriteArrayList<>();
        List<Boolean> events = new CopyOnWriteArrayList<>();
        try (ReconnectingLink link = new ReconnectingLink("usb", () -> {
            PipeLink[] p = PipeLink.pair("p" + opened.size());
            opened.add(p);
            return p[0];
        }, node, Duration.ofMillis(20), Duration.ofMillis(100), Duration.ofMillis(20))) {
            link.addStateListener(events::add);
            link.write(new byte[] {1});
            assertEquals(1, opened.get(0)[1].read(new byte[4], 0, 4, Duration.ofSeconds(1)));

            Files.delete(node); // unplugged: the port "stays open" but the node is gone
            awaitTrue(() -> !link.isOpen(), "the watcher notices the vanished node");
            assertEquals(LinkException.Kind.IO, assertThrows(LinkException.class, () -> link.write(new byte[1])).kind());
            assertFalse(opened.get(0)[0].isOpen(), "the dead port was closed");

            Files.createFile(node);
            awaitTrue(link::isOpen, "the watcher reopens it by itself");
            link.write(new byte[] {2});
            assertEquals(2, opened.size());
            assertEquals(1, link.reopenCount());
            assertEquals(List.of(true, false, true), events);
        }
        awaitTrue(() -> Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().equals("serial-watch usb") && t.isAlive()),
                "closing the link ends its watcher thread");
    }

    @Test
    void ioErrorDropsThePortAndTheNextCallReopens() throws Exception {
        List<PipeLink[]> opened = new CopyOnWriteArrayList<>();
        AtomicLong clock = new AtomicLong(1_000_000_000L);
        try (ReconnectingLink link = new ReconnectingLink("pipe", () -> {
            PipeLink[] p = PipeLink.pair("p" + opened.size());
            opened.add(p);
            return p[0];
        }, null, Duration.ofMillis(1), Duration.ofMillis(5), Duration.ZERO, clock::get)) {
            link.write(new byte[] {1});
            opened.get(0)[0].unplug();
            assertEquals(LinkException.Kind.IO, assertThrows(LinkException.class, () -> link.write(new byte[1])).kind());
            // Within the back-off the port is not tried again; once it has passed, the next call reopens.
            LinkException held = assertThrows(LinkException.class, () -> link.write(new byte[1]));
            assertTrue(held.getMessage().contains("next attempt"), held.getMessage());
            assertEquals(1, opened.size());
            clock.addAndGet(Duration.ofMillis(1).toNanos());
            link.write(new byte[] {3});
            assertEquals(2, opened.size());
            // timeouts are silence, not loss: the port is kept
            assertEquals(LinkException.Kind.TIMEOUT,
                    assertThrows(LinkException.class, () -> link.read(new byte[1], 0, 1, Duration.ofMillis(5))).kind());
            assertEquals(2, opened.size());
        }
    }

    /** Polls {@code condition} until it holds or a generous deadline passes (then fails, saying what was awaited). */
    static void awaitTrue(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) fail("not within 10 s: " + what);
            Thread.sleep(5);
        }
    }
}
