package org.govkiosk.sim.scanner;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.govkiosk.device.link.ByteLink;
import org.govkiosk.device.link.LinkException;

/**
 * The device end of a serial QR scanner: writes scans the way a real one does (the payload in one burst, then
 * the configured suffix). Used by tests on a socat pty pair and by the desktop launcher on a {@code PipeLink}.
 */
public final class QrScannerEmulator {
    private final ByteLink deviceEnd;
    private final byte[] suffix;

    public QrScannerEmulator(ByteLink deviceEnd, byte[] suffix) {
        this.deviceEnd = deviceEnd;
        this.suffix = suffix.clone();
    }

    /** A scan of {@code payload} in UTF-8 (the code page of most current scanners). */
    public void scan(String payload) throws LinkException {
        scan(payload, StandardCharsets.UTF_8);
    }

    public void scan(String payload, Charset codePage) throws LinkException {
        sendRaw(payload.getBytes(codePage));
    }

    /** Any bytes followed by the suffix: for garbage and oversize cases. */
    public void sendRaw(byte[] body) throws LinkException {
        byte[] frame = new byte[body.length + suffix.length];
        System.arraycopy(body, 0, frame, 0, body.length);
        System.arraycopy(suffix, 0, frame, body.length, suffix.length);
        deviceEnd.write(frame);
    }
}
