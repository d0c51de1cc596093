package org.govkiosk.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogSetupTest {
    @Test
    void launchersLogSessionIdLevelAndLoggerAtInfoWithTheChattyLibrariesQuiet() {
        LoggerContext context = configured(new LogSetup(() -> false), ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);

        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        assertEquals(Level.INFO, root.getLevel());
        assertEquals(Level.WARN, context.getLogger("org.apache.pdfbox.pdmodel.font.PDType0Font").getEffectiveLevel());
        assertEquals(Level.WARN, context.getLogger("org.flywaydb.core").getEffectiveLevel());
        assertEquals(Level.INFO, context.getLogger("org.govkiosk.session.SessionManager").getEffectiveLevel());

        ConsoleAppender<?> out = assertInstanceOf(ConsoleAppender.class, root.getAppender("OUT"));
        assertTrue(out.isStarted());
        PatternLayoutEncoder encoder = assertInstanceOf(PatternLayoutEncoder.class, out.getEncoder());
        LoggingEvent event = new LoggingEvent("x", context.getLogger("org.govkiosk.session.SessionManager"), Level.INFO, "screen {}", null,
                new Object[] {"attract"});
        event.setMDCPropertyMap(Map.of("session", "S-42"));
        String line = new String(encoder.encode(event), StandardCharsets.UTF_8);
        assertTrue(line.matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO  \\[S-42] o\\.g\\.s\\.SessionManager - screen attract\\R"), line);

        LoggingEvent between = new LoggingEvent("x", context.getLogger("org.govkiosk.ui.KioskUi"), Level.WARN, "idle", null, null);
        between.setMDCPropertyMap(Map.of());
        assertTrue(new String(encoder.encode(between), StandardCharsets.UTF_8).contains("WARN  [-] "), "no session: a dash");
    }

    @Test
    void aSiteFileOrATestFileIsLeftToLogbackItself() {
        LoggerContext context = configured(new LogSetup(() -> true), ExecutionStatus.INVOKE_NEXT_IF_ANY);
        assertEquals(0, countAppenders(context));
        // And as logback's service loader makes it here: this test run has a logback-test.xml.
        LogSetup loaded = new LogSetup();
        loaded.setContext(context);
        assertEquals(ExecutionStatus.INVOKE_NEXT_IF_ANY, loaded.configure(context));
    }

    /** A fresh logback context given to {@code setup}, which must answer {@code expected}. */
    private static LoggerContext configured(LogSetup setup, ExecutionStatus expected) {
        LoggerContext context = new LoggerContext();
        setup.setContext(context);
        assertEquals(expected, setup.configure(context));
        return context;
    }

    private static int countAppenders(LoggerContext context) {
        int n = 0;
        for (var it = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).iteratorForAppenders(); it.hasNext(); it.next()) n++;
        return n;
    }
}
