package org.govkiosk.config;

import java.nio.file.Path;
import java.time.Duration;

/** The A4 document printer (CUPS, or a folder on the desktop): {@code printer.*}. */
public record PrinterConfig(String queue, Path outputDir, Duration jobStartTimeout, Duration jobTimeout,
                            Duration pollInterval, String cupsServer) {
    public static final String DEFAULT_CUPS_SERVER = "localhost:631";

    public static PrinterConfig from(KioskConfig c) {
        return new PrinterConfig(c.required("printer.queue", "a CUPS queue name"),
                c.path("printer.outputDir").orElseThrow(() -> c.invalid("printer.outputDir", "must name a folder")),
                c.positiveDuration("printer.jobStartTimeout"), c.positiveDuration("printer.jobTimeout"),
                c.positiveDuration("printer.pollInterval"), c.optional("printer.cupsServer").orElse(DEFAULT_CUPS_SERVER));
    }

    public PrinterConfig withOutputDir(Path dir) {
        return new PrinterConfig(queue, dir, jobStartTimeout, jobTimeout, pollInterval, cupsServer);
    }
}
