package org.govkiosk.device.link;

import java.io.ByteArrayOutputStream;
import java.time.Duration;

/**
 * A bidirectional byte stream with deadlines: a serial port, a pty, or an in-process pipe.
 * Drivers speak their protocol over this and never see jSSC or sockets.
 */
public interface ByteLink extends AutoCloseable {
    /** Where this link goes, for the technician (e.g. {@code /dev/ttyUSB0@115200}). */
    String name();

    void write(byte[] data) throws LinkException;

    /**
     * Reads what is available, waiting at most {@code timeout} for the first byte.
     *
     * @return the number of bytes read, at least 1
     * @throws LinkException TIMEOUT when nothing arrived in time
     */
    int read(byte[] buf, int off, int len, Duration timeout) throws LinkException;

    /** Drops bytes already received: stale answers must never be taken for the next reply. */
    void discardInput() throws LinkException;

    boolean isOpen();

    @Override
    void close();

    /** Reads exactly {@code n} bytes before the deadline, or throws TIMEOUT (partial data is lost). */
    default byte[] readExactly(int n, Duration timeout) throws LinkException {
        long deadline = System.nanoTime() + timeout.toNanos();
        ByteArrayOutputStream out = new ByteArrayOutputStream(n);
        byte[] buf = new byte[Math.min(Math.max(n, 1), 4096)];
        while (out.size() < n) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new LinkException(LinkException.Kind.TIMEOUT, name() + ": got " + out.size() + " of " + n + " bytes");
            }
            int got = read(buf, 0, Math.min(buf.length, n - out.size()), Duration.ofNanos(left));
            out.write(buf, 0, got);
        }
        return out.toByteArray();
    }
}
