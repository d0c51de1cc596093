package org.govkiosk.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * The launchers' logging, set up in code: parsing a logback.xml cost ~0.2 s of every cold start (XML parser and
 * model classes, issue 15). A site that wants more (a rolling file) passes {@code -Dlogback.configurationFile};
 * tests keep their logback-test.xml. Both are honoured because this then steps aside.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogSetup extends ContextAwareBase implements Configurator {
    /** Every line carries the citizen session id (or "-" between citizens); never names or full ID numbers. */
    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level [%X{session:--}] %logger{24} - %msg%n";

    private final java.util.function.BooleanSupplier configuredElsewhere;

    /** As logback's service loader makes it. */
    public LogSetup() {
        this(() -> System.getProperty("logback.configurationFile") != null
                || LogSetup.class.getClassLoader().getResource("logback-test.xml") != null);
    }

    LogSetup(java.util.function.BooleanSupplier configuredElsewhere) {
        this.configuredElsewhere = configuredElsewhere;
    }

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (configuredElsewhere.getAsBoolean()) return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> out = new ConsoleAppender<>();
        out.setContext(context);
        out.setName("OUT");
        out.setEncoder(encoder);
        out.start();
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(out);
        // PDFBox/FontBox log every glyph at DEBUG; Flyway and the pool are chatty at INFO.
        for (String quiet : new String[] {"org.apache", "org.flywaydb", "com.zaxxer"}) context.getLogger(quiet).setLevel(Level.WARN);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
