package org.govkiosk.kiosk.serial;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import jssc.SerialPort;
import jssc.SerialPortException;
import org.govkiosk.device.link.ByteLink;
import org.govkiosk.device.link.LinkException;

/**
 * A {@link ByteLink} on a real serial port through jSSC (8N1, no flow control). Works on ptys too, where
 * {@code setParams} reports false although the line settings were applied (the modem-control ioctl fails):
 * that is not treated as fatal.
 */
public final class JsscLink implements ByteLink {
    /**
     * How long to nap between looks at an empty port: a quarter of the time already waited, between 0.1 and 20 ms.
     * An answer a device gives within milliseconds is seen within a fraction of that; a port that stays quiet
     * (the QR scanner between visits, a reader with no card) is looked at 50 times a second, not 1000 (the
     * earlier doubling from 0.1 ms to a 1 ms cap cost 2.6% of a core per idle port; issue 15).
     */
    static final ReadBackoff BACKOFF = new ReadBackoff(100_000, 20_000_000, 4);

    private final String path;
    private final int baud;
    private final SerialPort port;

    private final ReadBackoff backoff;

    private JsscLink(String path, int baud, ReadBackoff backoff) {
        this.path = path;
        this.baud = baud;
        this.port = new SerialPort(path);
        this.backoff = backoff;
    }

    public static JsscLink open(String path, int baud) throws LinkException {
        return open(path, baud, BACKOFF);
    }

    /** With another backoff: the idle-port benchmark compares policies on the same pty. */
    static JsscLink open(String path, int baud, ReadBackoff backoff) throws LinkException {
        JsscLink link = new JsscLink(path, baud, backoff);
        try {
            link.port.openPort();
            link.port.setParams(baud, SerialPort.DATABITS_8, SerialPort.STOPBITS_1, SerialPort.PARITY_NONE);
            link.port.setFlowControlMode(SerialPort.FLOWCONTROL_NONE);
            link.port.purgePort(SerialPort.PURGE_RXCLEAR | SerialPort.PURGE_TXCLEAR);
        } catch (SerialPortException e) {
            link.close();
            throw new LinkException(LinkException.Kind.IO, "cannot open " + path + ": " + e.getExceptionType(), e);
        }
        return link;
    }

    @Override public String name() { return path + "@" + baud; }

    @Override
    public void write(byte[] data) throws LinkException {
        try {
            if (!port.writeBytes(data)) throw new LinkException(LinkException.Kind.IO, name() + ": write failed");
        } catch (SerialPortException e) {
            throw io("write", e);
        }
    }

    @Override
    public int read(byte[] buf, int off, int len, Duration timeout) throws LinkException {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        try {
            while (true) {
                int available = port.getInputBufferBytesCount();
                if (available < 0) throw new LinkException(LinkException.Kind.IO, name() + ": port vanished");
                if (available > 0) {
                    byte[] got = port.readBytes(Math.min(available, len));
                    System.arraycopy(got, 0, buf, off, got.length);
                    return got.length;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new LinkException(LinkException.Kind.TIMEOUT, name() + ": no data within " + timeout.toMillis() + " ms");
                }
                // jSSC's readBytes(n, timeout) busy-spins on an ioctl until data comes (a whole core per waiting
                // port, which starved the other threads on a 2-core kiosk), and its blocking readBytes(n) has no
                // timeout and cannot be woken by close(): nap instead, longer the longer the port stays quiet.
                LockSupport.parkNanos(Math.min(backoff.nap(System.nanoTime() - start), left));
                if (Thread.interrupted()) {
                    Thread.currentThread().interrupt();
                    throw new LinkException(LinkException.Kind.IO, name() + ": interrupted");
                }
            }
        } catch (SerialPortException e) {
            throw io("read", e);
        }
    }

    @Override
    public void discardInput() throws LinkException {
        try {
            port.purgePort(SerialPort.PURGE_RXCLEAR);
            int n = port.getInputBufferBytesCount();
            if (n > 0) port.readBytes(n);
        } catch (SerialPortException e) {
            throw io("purge", e);
        }
    }

    @Override public boolean isOpen() { return port.isOpened(); }

    @Override
    public void close() {
        try {
            if (port.isOpened()) port.closePort();
        } catch (SerialPortException ignored) {
            // closing a vanished port fails; it is closed for us either way
        }
    }

    private LinkException io(String op, SerialPortException e) {
        return new LinkException(LinkException.Kind.IO, name() + ": " + op + " failed: " + e.getExceptionType(), e);
    }
}
