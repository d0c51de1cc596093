package org.govkiosk.device.scanner;

import java.time.Duration;
import java.util.Locale;
import org.govkiosk.config.ConfigException;
import org.govkiosk.config.KioskConfig;

/**
 * How a serial scanner frames its output: the suffix it appends, the silence that ends a scan and the largest
 * scan accepted. Keys {@code scanner.suffix}, {@code scanner.interCharTimeout}, {@code scanner.maxPayloadBytes}.
 */
public record ScannerSettings(byte[] suffix, Duration interCharTimeout, int maxPayloadBytes) {
    public ScannerSettings {
        suffix = suffix.clone();
        if (interCharTimeout.isNegative() || interCharTimeout.isZero()) throw new ConfigException("scanner.interCharTimeout must be positive");
        if (maxPayloadBytes < 1) throw new ConfigException("scanner.maxPayloadBytes must be at least 1");
    }

    public static ScannerSettings fromConfig(KioskConfig config) {
        return new ScannerSettings(suffix(config.optional("scanner.suffix").orElse("NONE")),
                config.duration("scanner.interCharTimeout"), config.integer("scanner.maxPayloadBytes"));
    }

    public static byte[] suffix(String name) {
        return switch (name.trim().toUpperCase(Locale.ROOT)) {
            case "NONE" -> new byte[0];
            case "CR" -> new byte[] {'\r'};
            case "LF" -> new byte[] {'\n'};
            case "CRLF" -> new byte[] {'\r', '\n'};
            case "TAB" -> new byte[] {'\t'};
            default -> throw new ConfigException("scanner.suffix must be NONE, CR, LF, CRLF or TAB, not '" + name + "'");
        };
    }

    @Override
    public byte[] suffix() {
        return suffix.clone();
    }
}
