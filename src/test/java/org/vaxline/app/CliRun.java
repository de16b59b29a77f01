package org.vaxline.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** One run of the real command line in-process: its exit code and what it printed. */
record CliRun(int exitCode, String out, String err) {

    /** Stores these tests already migrated: a command other than migrate (and demo) refuses an unmigrated store. */
    private static final Set<List<String>> MIGRATED = ConcurrentHashMap.newKeySet();

    /** Runs the command on the store, which is first migrated (once) as an operator would with {@code vaxline migrate}. */
    static CliRun run(List<String> storeOptions, String... args) {
        if (!storeOptions.isEmpty() && MIGRATED.add(storeOptions)) {
            CliRun migrated = unmigrated(storeOptions, "migrate");
            if (migrated.exitCode() != 0) {
                throw new IllegalStateException("cannot migrate the test store: " + migrated.err());
            }
        }
        return unmigrated(storeOptions, args);
    }

    /** Runs the command on the store as it is. */
    static CliRun unmigrated(List<String> storeOptions, String... args) {
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
