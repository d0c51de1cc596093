package org.govkiosk.config;

import java.time.Duration;

/** The serial QR scanner and how it frames a scan: {@code scanner.*}. */
public record ScannerConfig(String port, int baud, Suffix suffix, Duration interCharTimeout, int maxPayloadBytes) {
    /** What the scanner appends to each scan. */
    public enum Suffix {
        NONE(new byte[0]), CR(new byte[] {'\r'}), LF(new byte[] {'\n'}), CRLF(new byte[] {'\r', '\n'}), TAB(new byte[] {'\t'});

        private final byte[] bytes;

        Suffix(byte[] bytes) { this.bytes = bytes; }

        public byte[] bytes() { return bytes.clone(); }
    }

    public static ScannerConfig from(KioskConfig c) {
        return new ScannerConfig(c.required("scanner.port", "the scanner's serial device path"),
                c.integer("scanner.baud", 1200, 4_000_000), c.choice("scanner.suffix", Suffix.class),
                c.positiveDuration("scanner.interCharTimeout"), c.integer("scanner.maxPayloadBytes", 1, 1 << 20));
    }
}
