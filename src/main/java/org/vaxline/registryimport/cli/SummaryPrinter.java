package org.vaxline.registryimport.cli;

import org.vaxline.registryimport.domain.ImportSummary;

import java.io.PrintWriter;
import java.util.Locale;

/** The summary of an import: its counts, its speed and where the error report is. */
public final class SummaryPrinter {
    private SummaryPrinter() {
    }

    public static void print(ImportSummary s, PrintWriter out) {
        out.printf(Locale.ROOT, "imported %s: %d rows read, %d created, %d unchanged, %d already registered, %d failed%n",
                s.file().getFileName(), s.rows(), s.created(), s.unchanged(), s.alreadyRegistered(), s.failed());
        out.printf(Locale.ROOT, "took %.1f s (%.0f rows/s)%n", s.elapsed().toMillis() / 1000.0, s.rowsPerSecond());
        out.println(s.failed() == 0 ? "no errors (report: " + s.errorReport() + ")"
                : s.failed() + " rows failed: see " + s.errorReport());
        out.flush();
    }
}
