package org.vaxline.app.bench;

import org.vaxline.app.Vaxline;
import org.vaxline.platform.store.Dialect;
import org.vaxline.platform.store.Store;
import org.vaxline.platform.time.ProgrammeClock;
import org.vaxline.registryimport.application.FileImport;
import org.vaxline.registryimport.application.ImportRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * {@code vaxline bench}: a generated national campaign on a fresh store, measured through the real import, HTTP API
 * and use cases, each figure beside a bare reference measured in the same run. Lives beside the composition root
 * (app) because it composes the whole application and serves it, as {@code serve} does.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Generates a national campaign from a seed on a fresh store and measures bulk import, online recording",
                "over HTTP, reads and memory, each beside a bare reference (SQLite by default in a fresh folder; with --db a",
                "fresh schema of that PostgreSQL database)."})
public final class BenchCommand implements Runnable {
    @Option(names = "--people", defaultValue = "1000000", description = "People in the campaign (default: ${DEFAULT-VALUE}).")
    int people;

    @Option(names = "--seed", defaultValue = "2021", description = "Seed of the generated campaign (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--clients", defaultValue = "64", description = "Concurrent clients recording doses (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seconds", defaultValue = "30", description = "Seconds of each online run (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--warm-up", defaultValue = "3", description = "Seconds of unmeasured requests before each measured run,"
            + " while the JIT compiles the path (default: ${DEFAULT-VALUE}).")
    double warmUp;

    @Option(names = "--read-clients", defaultValue = "8", description = "Concurrent clients reading (default: ${DEFAULT-VALUE}).")
    int readClients;

    @Option(names = "--read-seconds", defaultValue = "10", description = "Seconds of each read run (default: ${DEFAULT-VALUE}).")
    double readSeconds;

    @Option(names = "--import-batch", paramLabel = "N", defaultValue = "" + ImportRequest.DEFAULT_BATCH,
            description = "Doses the import writes per transaction, as `import doses --batch` (default: ${DEFAULT-VALUE}).")
    int importBatch;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the run's figures to this JSON file.")
    Path json;

    @Option(names = "--work", paramLabel = "DIR", description = "Folder for the fresh store and the generated files (default: a new temporary folder).")
    Path work;

    @Option(names = "--keep", description = "Keep the store and the generated files afterwards (default: delete them).")
    boolean keep;

    @Option(names = "--reads-only", description = "Measure only the reads and memory, on the store a --keep run of the same"
            + " --people and --seed left: in --work (SQLite), or the --db URL naming its schema (currentSchema=bench_…)."
            + " The store is migrated to this program's schema first and kept.")
    boolean readsOnly;

    @Option(names = "--online-only", description = "Measure only the online doses and memory, on the store a --keep run of the"
            + " same --people and --seed left (as --reads-only): first doses for the online pool's people who have none yet.")
    boolean onlineOnly;

    @Spec
    CommandSpec spec;

    private final Supplier<String> db;
    private final Supplier<String> timeZone;
    private final Function<Vaxline, FileImport> personImport;
    private final Function<Vaxline, FileImport> doseImport;

    /**
     * @param db           the root's --db (null: the embedded store)
     * @param personImport the application's person import on a composed vaxline
     * @param doseImport   the application's dose import on a composed vaxline
     */
    public BenchCommand(Supplier<String> db, Supplier<String> timeZone, Function<Vaxline, FileImport> personImport,
                        Function<Vaxline, FileImport> doseImport) {
        this.db = db;
        this.timeZone = timeZone;
        this.personImport = personImport;
        this.doseImport = doseImport;
    }

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (people < 1 || clients < 1 || readClients < 1 || importBatch < 1 || seconds <= 0 || readSeconds <= 0 || warmUp < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--people, --clients, --read-clients and --import-batch must be at least 1, --seconds and --read-seconds"
                            + " more than 0, --warm-up at least 0");
        }
        if (readsOnly && onlineOnly) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--reads-only and --online-only: choose one");
        }
        if (readsOnly || onlineOnly) {
            keptStore(onlineOnly ? BenchRun.Kept.ONLINE : BenchRun.Kept.READS, out, err);
            return;
        }
        Path folder = workFolder();
        String url = db.get();
        String schema = null;
        Store store;
        if (url == null || url.isBlank()) {
            store = Store.embedded(folder.resolve("store"));
        } else if (Dialect.ofJdbcUrl(url) == Dialect.POSTGRESQL) {
            schema = "bench_" + System.currentTimeMillis();
            execute(url, "CREATE SCHEMA " + schema);
            store = Store.open(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        } else {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--db: the bench runs on a fresh PostgreSQL schema; without --db it makes a fresh SQLite store");
        }
        err.println("vaxline bench: " + people + " people on " + store.description() + (keep ? " (kept)" : ""));
        try {
            Figures figures = new BenchRun(options(), out, err)
                    .run(store, ProgrammeClock.of(ProgrammeClock.configured(timeZone.get())), folder, personImport, doseImport);
            figures.print(out);
            if (json != null) {
                figures.writeJson(json);
                out.println("figures written to " + json);
            }
        } finally {
            store.close();
            if (!keep) {
                if (schema != null) {
                    execute(url, "DROP SCHEMA " + schema + " CASCADE");
                }
                // A folder of the user's keeps everything else in it; a temporary one goes entirely.
                if (work == null) {
                    delete(folder);
                } else {
                    delete(folder.resolve("store"));
                    for (String file : new String[]{"bench-people.csv", "bench-people.errors.csv", "bench-doses.csv", "bench-doses.errors.csv"}) {
                        delete(folder.resolve(file));
                    }
                }
            }
        }
        out.flush();
    }

    /** One phase of a kept run's store measured again (after a change to it), the store kept. */
    private void keptStore(BenchRun.Kept phase, PrintWriter out, PrintWriter err) {
        String url = db.get();
        boolean embedded = url == null || url.isBlank();
        if (embedded && (work == null || !Files.isDirectory(work.resolve("store")))) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    phase.option + ": --work must name the folder of a kept run (it holds store/)");
        }
        if (!embedded && !url.contains("currentSchema=bench_")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    phase.option + ": --db must name a kept run's schema (…&currentSchema=bench_…)");
        }
        try (Store store = embedded ? Store.embedded(work.resolve("store")) : Store.open(url)) {
            err.println("vaxline bench: the " + phase.measured + " of " + people + " people on " + store.description() + " (kept)");
            Figures figures = new BenchRun(options(), out, err)
                    .runKept(store, ProgrammeClock.of(ProgrammeClock.configured(timeZone.get())), phase);
            figures.print(out);
            if (json != null) {
                figures.writeJson(json);
                out.println("figures written to " + json);
            }
        }
        out.flush();
    }

    private BenchRun.Options options() {
        return new BenchRun.Options(seed, people, clients, seconds, readClients, readSeconds, warmUp, importBatch);
    }

    private Path workFolder() {
        try {
            if (work == null) {
                return Files.createTempDirectory("vaxline-bench-");
            }
            Files.createDirectories(work);
            return work;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the work folder: " + e.getMessage(), e);
        }
    }

    private static void execute(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the bench schema: " + e.getMessage(), e);
        }
    }

    private static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
