package org.vaxline.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/** One run of the real command line in-process: its exit code and what it printed. */
record CliRun(int exitCode, String out, String err) {

    static CliRun run(List<String> storeOptions, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(storeOptions);
        all.addAll(List.of(args));
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), all.toArray(String[]::new));
        return new CliRun(code, out.toString(), err.toString());
    }

    /** The error lines: a failed command prints exactly one. */
    List<String> errorLines() {
        return err.lines().filter(line -> !line.isBlank()).toList();
    }
}
