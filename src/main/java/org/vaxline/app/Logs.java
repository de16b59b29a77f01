package org.vaxline.app;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import org.slf4j.LoggerFactory;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.error.PlatformError;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/** Sets up Logback as the options say: plain text or JSON lines on stderr, vaxline's own lines at a level. */
final class Logs {
    private static final Set<String> LEVELS = Set.of("ERROR", "WARN", "INFO", "DEBUG", "TRACE");
    private static String applied;

    private Logs() {
    }

    static synchronized void configure(String format, String level) {
        String chosenFormat = format == null ? "text" : format.strip().toLowerCase(Locale.ROOT);
        if (!chosenFormat.equals("text") && !chosenFormat.equals("json")) {
            throw VaxlineException.field(PlatformError.MALFORMED_REQUEST, "log.format", "'" + format + "' is neither text nor json");
        }
        String chosenLevel = level == null ? "INFO" : level.strip().toUpperCase(Locale.ROOT);
        if (!LEVELS.contains(chosenLevel)) {
            throw VaxlineException.field(PlatformError.MALFORMED_REQUEST, "log.level",
                    "'" + level + "' is not one of error, warn, info, debug, trace");
        }
        String wanted = chosenFormat + "/" + chosenLevel;
        if (wanted.equals(applied) || wanted.equals("text/INFO") && applied == null) {
            return; // logback.xml already says this
        }
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return; // another SLF4J binding (none ships with vaxline): leave it as it is
        }
        String xml = "<configuration><include resource=\"logging/" + chosenFormat + ".xml\"/></configuration>";
        context.reset();
        context.putProperty("vaxline.log.level", chosenLevel);
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        try {
            configurator.doConfigure(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (JoranException e) {
            throw new IllegalStateException("cannot set up the log: " + e.getMessage(), e);
        }
        applied = wanted;
    }

    /** Back to the log the classpath's logback(-test).xml describes (tests that tried another format). */
    static synchronized void reset() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.reset();
            try {
                new ch.qos.logback.classic.util.ContextInitializer(context).autoConfig();
            } catch (JoranException e) {
                throw new IllegalStateException(e);
            }
        }
        applied = null;
    }
}
