package org.govkiosk.device.scanner;

import java.time.Duration;
import org.govkiosk.config.ScannerConfig;

/**
 * How a serial scanner frames its output: the suffix it appends, the silence that ends a scan and the largest
 * scan accepted (configured as {@code scanner.suffix}, {@code scanner.interCharTimeout}, {@code scanner.maxPayloadBytes}).
 */
public record ScannerSettings(byte[] suffix, Duration interCharTimeout, int maxPayloadBytes) {
    public ScannerSettings {
        suffix = suffix.clone();
        if (interCharTimeout.isNegative() || interCharTimeout.isZero()) throw new IllegalArgumentException("interCharTimeout must be positive");
        if (maxPayloadBytes < 1) throw new IllegalArgumentException("maxPayloadBytes must be at least 1");
    }

    public static ScannerSettings of(ScannerConfig config) {
        return new ScannerSettings(config.suffix().bytes(), config.interCharTimeout(), config.maxPayloadBytes());
    }

    @Override
    public byte[] suffix() {
        return suffix.clone();
    }
}
