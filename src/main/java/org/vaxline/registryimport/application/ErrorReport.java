package org.vaxline.registryimport.application;

import org.vaxline.registryimport.csv.CsvWriter;
import org.vaxline.registryimport.domain.RowFault;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The row-by-row error report: {@code line,column,code,reason}. Faults are held until their batch is written, then
 * written in line order, so a fault found at write time sits among those found while reading.
 */
public final class ErrorReport implements Closeable {
    private final BufferedWriter file;
    private final CsvWriter csv;
    private final List<RowFault> held = new ArrayList<>();

    public ErrorReport(Path path) throws IOException {
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        this.file = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
        this.csv = new CsvWriter(file);
        csv.write(List.of("line", "column", "code", "reason"));
    }

    public void hold(List<RowFault> faults) {
        held.addAll(faults);
    }

    public void writeHeld() {
        held.sort(Comparator.comparingLong(RowFault::line));
        try {
            for (RowFault f : held) {
                csv.write(List.of(Long.toString(f.line()), f.column(), f.code(), f.reason()));
            }
            file.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the error report: " + e.getMessage(), e);
        }
        held.clear();
    }

    @Override
    public void close() throws IOException {
        writeHeld();
        file.close();
    }
}
