package org.vaxline.fhir.cli;

import org.vaxline.fhir.FhirModule;
import org.vaxline.platform.security.Actor;
import org.vaxline.registryimport.application.ProgressListener;
import org.vaxline.registryimport.domain.ImportSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;

/** {@code vaxline fhir import FILE|DIR}: FHIR R4 NDJSON files and Bundles into the registry. */
@Command(name = "fhir", mixinStandardHelpOptions = true, description = "FHIR R4 files in and out of the registry.",
        subcommands = FhirCommand.Import.class)
public final class FhirCommand implements Runnable {
    static final int ROWS_FAILED = 5;
    final Supplier<FhirModule> module;
    final Supplier<Actor> actor;
    final Function<PrintWriter, ProgressListener> progress;

    @Spec
    CommandSpec spec;

    /** @param progress how progress is shown on the error stream (the CSV import's terminal progress) */
    public FhirCommand(Supplier<FhirModule> module, Supplier<Actor> actor, Function<PrintWriter, ProgressListener> progress) {
        this.module = module;
        this.actor = actor;
        this.progress = progress;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Imports Patients and Immunizations from NDJSON files (a bulk export) and Bundles; a re-run adds nothing twice.")
    static final class Import implements Callable<Integer> {
        @ParentCommand
        FhirCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE|DIR", description = "An .ndjson or .json file, or a folder of them.")
        Path input;

        @Option(names = "--province", paramLabel = "CODE", description = "The province of people whose address names none of ours.")
        String province;

        @Option(names = "--errors", paramLabel = "FILE", description = "The error report (default: fhir-import-errors.csv beside the input).")
        Path errors;

        @Override
        public Integer call() {
            Path report = errors != null ? errors : input.toAbsolutePath().getParent().resolve("fhir-import-errors.csv");
            ImportSummary s = parent.module.get().imports().run(parent.actor.get(), input, province, report,
                    parent.progress.apply(spec.commandLine().getErr()));
            PrintWriter out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "imported %s: %d resources read, %d created, %d unchanged, %d failed%n",
                    s.file().getFileName(), s.rows(), s.created(), s.unchanged(), s.failed());
            out.printf(Locale.ROOT, "took %.1f s (%.0f resources/s)%n", s.elapsed().toMillis() / 1000.0, s.rowsPerSecond());
            out.println(s.failed() == 0 ? "no errors (report: " + s.errorReport() + ")" : s.failed() + " failed: see " + s.errorReport());
            out.flush();
            return s.allImported() ? 0 : ROWS_FAILED;
        }
    }
}
