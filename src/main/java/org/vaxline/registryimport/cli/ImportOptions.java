package org.vaxline.registryimport.cli;

import org.vaxline.registryimport.application.ImportRequest;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

/** What every import takes: the file, the batch size and where the error report goes. */
final class ImportOptions {
    @Parameters(index = "0", paramLabel = "FILE", description = "The CSV file (UTF-8, with or without BOM; ',' or ';').")
    Path file;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "" + ImportRequest.DEFAULT_BATCH,
            description = "Valid rows written per transaction (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--errors", paramLabel = "FILE",
            description = "Where the error report (line,column,code,reason) goes; default: FILE's name with .errors.csv.")
    Path errors;
}
