package org.vaxline.app;

import org.vaxline.platform.text.SafeText;
import org.vaxline.platform.time.SaneDates;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.TypeConversionException;

import java.time.LocalDate;

/**
 * The command line's input border, set once on the whole command tree (call it after every subcommand is added):
 * text options and parameters follow the same rules as JSON text (no control characters, a length limit), dates
 * the same as JSON dates ({@code YYYY-MM-DD} in the sane years), and a bad value is one line on stderr, exit 2.
 */
final class CommandLineInput {
    private CommandLineInput() {
    }

    static void register(CommandLine line) {
        line.registerConverter(String.class, CommandLineInput::text);
        line.registerConverter(LocalDate.class, CommandLineInput::date);
        // Help and errors go through a terminal-safe writer that would show colour codes as escapes: no colours.
        line.setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF));
        line.setParameterExceptionHandler((e, args) -> {
            e.getCommandLine().getErr().println("error: " + SafeText.escapeControls(describe(e))
                    + " (see: " + e.getCommandLine().getCommandSpec().qualifiedName() + " --help)");
            e.getCommandLine().getErr().flush();
            return Commands.USAGE;
        });
    }

    /**
     * What is wrong, in one line. A text parameter that a converter refused leaves picocli saying only that the argument
     * was unmatched (it tries the next parameter); then the refusal itself is named.
     */
    private static String describe(picocli.CommandLine.ParameterException e) {
        if (e instanceof picocli.CommandLine.UnmatchedArgumentException unmatched) {
            for (String arg : unmatched.getUnmatched()) {
                String refusal = SafeText.refusal(arg);
                if (refusal != null) {
                    return "'" + SafeText.escapeControls(arg.length() > 60 ? arg.substring(0, 60) + "…" : arg) + "': " + refusal;
                }
            }
        }
        return e.getMessage();
    }

    private static String text(String value) {
        String refusal = SafeText.refusal(value);
        if (refusal != null) {
            throw new TypeConversionException(refusal);
        }
        return value;
    }

    private static LocalDate date(String value) {
        try {
            return SaneDates.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("'" + SafeText.escapeControls(value) + "' " + e.getMessage());
        }
    }
}
