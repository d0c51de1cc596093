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
    private static final long MIN_NAP_NANOS = 100_000;
    private static final long MAX_NAP_NANOS = 1_000_000;

    private final String path;
    private final int baud;
    private final SerialPort port;

    private JsscLink(String path, int baud) {
        this.path = path;
        this.baud = baud;
        this.port = new SerialPort(path);
    }

    public static JsscLink open(String path, int baud) throws LinkException {
        JsscLink link = new JsscLink(path, baud);
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
        long deadline = System.nanoTime() + timeout.toNanos();
        long nap = MIN_NAP_NANOS;
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
                // port, which starved the other threads on a 2-core kiosk). Short naps cost at most a millisecond.
                LockSupport.parkNanos(Math.min(nap, left));
                nap = Math.min(nap * 2, MAX_NAP_NANOS);
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
