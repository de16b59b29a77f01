package org.vaxline.gs1.cli;

import org.vaxline.gs1.domain.ElementString;
import org.vaxline.gs1.domain.Gs1Exception;
import org.vaxline.gs1.domain.Gs1Parser;
import org.vaxline.platform.cli.CliOutput;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Year;
import java.util.Objects;

/**
 * {@code gs1 parse STRING [--reference-year YYYY]}: reads a GS1 element string as a site scans or types it.
 * Exits 0 with the JSON object AI → value, or 1 with one line naming the bad part; the exit code is decided here,
 * not by the root's error mapping, because the issue fixes it at 1.
 */
@Command(name = "gs1", mixinStandardHelpOptions = true, description = "GS1 barcodes on vials and boxes.")
public final class Gs1Command {
    static final int REJECTED = 1;

    private final Clock clock;
    @Spec
    CommandSpec spec;

    /** The clock gives the default reference year for two-digit years. */
    public Gs1Command(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Command(name = "parse", mixinStandardHelpOptions = true, description = "Parse a GS1 element string: bracketed "
            + "(01)…(17)…(10)…, raw scanner data (]d2…, GS or <GS> separators) or a GS1 Digital Link URI. Prints AI → value "
            + "as JSON and exits 0, or names the bad part and exits 1.")
    int parse(
            @Parameters(paramLabel = "STRING", description = "The element string; quote it in the shell.") String text,
            @Option(names = "--reference-year", paramLabel = "YYYY",
                    description = "Year around which two-digit years are read (default: this year).") Integer referenceYear) {
        Year reference = referenceYear(referenceYear);
        try {
            ElementString parsed = new Gs1Parser(reference).parse(text);
            CliOutput.json(out(), parsed.elements());
            return 0;
        } catch (Gs1Exception e) {
            PrintWriter err = parseLine().getErr();
            err.println("error: " + e.code().name() + ": " + e.getMessage());
            err.flush();
            return REJECTED;
        }
    }

    private Year referenceYear(Integer given) {
        if (given == null) {
            return Year.now(clock);
        }
        if (given < 1000 || given > 9999) {
            throw new ParameterException(parseLine(), "--reference-year must be a four-digit year, not " + given);
        }
        return Year.of(given);
    }

    private PrintWriter out() {
        return parseLine().getOut();
    }

    /** The {@code parse} method's own command line: its streams and usage, which a root may have redirected. */
    private CommandLine parseLine() {
        return spec.commandLine().getSubcommands().get("parse");
    }
}
