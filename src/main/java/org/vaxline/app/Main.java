package org.vaxline.app;

import org.vaxline.platform.cli.CliOutput;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The command line: {@code ./vaxline COMMAND …}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true, StandardCharsets.UTF_8), new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
    }

    /** Runs one command line and answers its exit code (0 success, non-zero with one line on stderr). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(out, err, System.getenv(), args);
    }

    /** The same in a given environment (the VAXLINE_* variables it holds are options). */
    public static int run(PrintWriter out, PrintWriter err, Map<String, String> environment, String... args) {
        RootCommand root = new RootCommand(environment);
        try {
            CommandLine line = Commands.commandLine(root);
            // What commands print may hold text stored before input was checked: never a raw control character.
            line.setOut(CliOutput.terminalSafe(out));
            line.setErr(err);
            return line.execute(args);
        } finally {
            root.close();
        }
    }
}
