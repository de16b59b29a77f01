package org.vaxline.registryimport.application;

import java.nio.file.Path;

/**
 * One import to run.
 *
 * @param errorReport where the error report goes; null: next to the file, {@code NAME.errors.csv}
 * @param batchSize   valid rows written per transaction
 */
public record ImportRequest(Path file, Path errorReport, int batchSize) {
    public static final int DEFAULT_BATCH = 500;

    public ImportRequest {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, not " + batchSize);
        }
    }

    public static ImportRequest of(Path file) {
        return new ImportRequest(file, null, DEFAULT_BATCH);
    }

    public Path reportPath() {
        if (errorReport != null) {
            return errorReport;
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return file.toAbsolutePath().resolveSibling(base + ".errors.csv");
    }
}
