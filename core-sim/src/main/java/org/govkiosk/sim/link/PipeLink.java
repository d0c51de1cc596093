package org.govkiosk.sim.link;

import java.time.Duration;
import org.govkiosk.device.link.LinkException;
import org.govkiosk.device.link.ByteLink;
import org.govkiosk.device.link.WatchedLink;

/**
 * An in-process link pair: what one end writes the other reads. Used by the desktop launcher and by
 * tests to put an emulator behind the real driver without a serial port. {@link #unplug()} simulates
 * a vanished device: both ends fail with {@code IO} until {@link #replug()}.
 */
public final class PipeLink implements WatchedLink {
    private final String name;
    private final ByteBuffer inbox;
    private final ByteBuffer outbox;
    private final Cable cable;
    private volatile boolean closed;

    private PipeLink(String name, ByteBuffer inbox, ByteBuffer outbox, Cable cable) {
        this.name = name;
        this.inbox = inbox;
        this.outbox = outbox;
        this.cable = cable;
    }

    /** Two connected ends: {@code [0]} is the host side, {@code [1]} the device side. */
    public static PipeLink[] pair(String name) {
        ByteBuffer a = new ByteBuffer();
        ByteBuffer b = new ByteBuffer();
        Cable cable = new Cable();
        return new PipeLink[] {new PipeLink(name + ":host", a, b, cable), new PipeLink(name + ":device", b, a, cable)};
    }

    /** Simulates pulling the cable: both ends fail with IO, and both ends' state listeners hear it. */
    public void unplug() {
        cable.plugged = false;
        inbox.wake();
        outbox.wake();
        cable.fire(false);
    }

    public void replug() {
        cable.plugged = true;
        cable.fire(true);
    }

    @Override
    public void addStateListener(java.util.function.Consumer<Boolean> listener) {
        cable.listeners.add(listener);
    }

    @Override public String name() { return name; }

    @Override
    public void write(byte[] data) throws LinkException {
        check();
        outbox.put(data);
    }

    @Override
    public int read(byte[] buf, int off, int len, Duration timeout) throws LinkException {
        check();
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (inbox) {
            while (inbox.size() == 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) throw new LinkException(LinkException.Kind.TIMEOUT, name + ": no data within " + timeout.toMillis() + " ms");
                try {
                    inbox.wait(Math.max(1, left / 1_000_000), 0);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new LinkException(LinkException.Kind.IO, name + ": interrupted");
                }
                check();
            }
            return inbox.take(buf, off, len);
        }
    }

    @Override
    public void discardInput() throws LinkException {
        check();
        synchronized (inbox) {
            inbox.clear();
        }
    }

    @Override public boolean isOpen() { return !closed && cable.plugged; }

    @Override
    public void close() {
        closed = true;
        inbox.wake();
    }

    private void check() throws LinkException {
        if (closed) throw new LinkException(LinkException.Kind.CLOSED, name + " is closed");
        if (!cable.plugged) throw new LinkException(LinkException.Kind.IO, name + ": device unplugged");
    }

    private static final class Cable {
        volatile boolean plugged = true;
        final java.util.List<java.util.function.Consumer<Boolean>> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

        void fire(boolean up) {
            for (var l : listeners) {
                try {
                    l.accept(up);
                } catch (RuntimeException e) {
                    org.slf4j.LoggerFactory.getLogger(PipeLink.class).warn("link listener failed: {}", e.toString());
                }
            }
        }
    }

    /**
     * A growable byte queue guarded by its own monitor. Bytes taken are overwritten: an ID card's answer crosses
     * this pipe on the desktop and must not stay in it after the citizen has gone.
     */
    private static final class ByteBuffer {
        private byte[] data = new byte[4096];
        private int head;
        private int tail;

        synchronized int size() { return tail - head; }

        synchronized void put(byte[] src) {
            if (tail + src.length > data.length) {
                int size = tail - head;
                byte[] bigger = new byte[Math.max(data.length, (size + src.length) * 2)];
                System.arraycopy(data, head, bigger, 0, size);
                java.util.Arrays.fill(data, (byte) 0);
                data = bigger;
                head = 0;
                tail = size;
            }
            System.arraycopy(src, 0, data, tail, src.length);
            tail += src.length;
            notifyAll();
        }

        synchronized int take(byte[] dst, int off, int len) {
            int n = Math.min(len, tail - head);
            System.arraycopy(data, head, dst, off, n);
            java.util.Arrays.fill(data, head, head + n, (byte) 0);
            head += n;
            if (head == tail) head = tail = 0;
            return n;
        }

        synchronized void clear() {
            java.util.Arrays.fill(data, head, tail, (byte) 0);
            head = tail = 0;
        }

        synchronized void wake() { notifyAll(); }
    }
}
