package org.vaxline.registryimport.cli;

import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.security.Actor;
import org.vaxline.registryimport.application.FileImport;
import org.vaxline.registryimport.application.ImportRequest;
import org.vaxline.registryimport.domain.ImportError;
import org.vaxline.registryimport.domain.ImportSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.function.Supplier;

/**
 * {@code vaxline import …}: bulk imports from CSV files. Exit 0 when every row was imported or already there,
 * 5 when some rows failed (the error report names them), 2 when the file cannot be read.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Imports people or doses from CSV files (UTF-8, ',' or ';'), in batches; bad rows go to an error report.",
        subcommands = {ImportPersons.class, ImportDoses.class})
public final class ImportCommand implements Runnable {
    static final int ROWS_FAILED = 5;
    private final Supplier<FileImport> persons;
    private final Supplier<FileImport> doses;
    private final Supplier<Actor> actor;

    @Spec
    CommandSpec spec;

    public ImportCommand(Supplier<FileImport> persons, Supplier<FileImport> doses, Supplier<Actor> actor) {
        this.persons = persons;
        this.doses = doses;
        this.actor = actor;
    }

    int persons(ImportOptions options, PrintWriter out, PrintWriter err) {
        return run(persons, options, out, err);
    }

    int doses(ImportOptions options, PrintWriter out, PrintWriter err) {
        if (doses == null) {
            throw new VaxlineException(ImportError.IMPORT_NOT_AVAILABLE,
                    "the doses import is not wired to the dose registry in this build");
        }
        return run(doses, options, out, err);
    }

    private int run(Supplier<FileImport> kind, ImportOptions options, PrintWriter out, PrintWriter err) {
        ImportRequest request = new ImportRequest(options.file, options.errors, options.batch);
        ImportSummary summary = kind.get().run(actor.get(), request, TerminalProgress.on(err));
        SummaryPrinter.print(summary, out);
        return summary.allImported() ? 0 : ROWS_FAILED;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "name what to import: persons or doses");
    }
}
