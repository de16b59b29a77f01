package org.vaxline.registryimport.application;

import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.store.Store;
import org.vaxline.registryimport.csv.CountingInputStream;
import org.vaxline.registryimport.csv.CsvFormatException;
import org.vaxline.registryimport.csv.CsvReader;
import org.vaxline.registryimport.csv.CsvRecord;
import org.vaxline.registryimport.domain.Column;
import org.vaxline.registryimport.domain.ImportError;
import org.vaxline.registryimport.domain.ImportSummary;
import org.vaxline.registryimport.store.ImportRowCounts;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Streams a file row by row: each row is validated in full first (nothing written), a bad row goes to the error
 * report with its line, and valid rows are written in batches, one transaction each. Holds at most one batch.
 */
public final class ImportEngine {
    private final Store store;
    private final ImportRowCounts counts;

    public ImportEngine(Store store) {
        this.store = store;
        this.counts = new ImportRowCounts(store);
    }

    /** @throws VaxlineException IMPORT_FILE_UNREADABLE when the file cannot be opened, is not UTF-8 or lacks columns */
    public <T> ImportSummary run(Actor actor, RowFormat<T> format, ImportRequest request, ProgressListener progress) {
        long started = System.nanoTime();
        Path file = request.file();
        long size = sizeOf(file);
        Tally tally = new Tally();
        try (CountingInputStream bytes = new CountingInputStream(Files.newInputStream(file));
             InputStream buffered = new BufferedInputStream(bytes, 64 * 1024);
             CsvReader csv = CsvReader.open(buffered)) {
            Header header = header(csv, format.columns(), file);
            try (ErrorReport report = new ErrorReport(request.reportPath())) {
                new Run<>(actor, format, header, new BatchWriter<>(store, format), report, tally, request.batchSize(), counts)
                        .readAll(csv, () -> progress.progress(tally.rows, bytes.count(), size));
            }
        } catch (NoSuchFileException e) {
            throw unreadable(file, "no such file");
        } catch (CharacterCodingException e) {
            throw unreadable(file, "not UTF-8 text (save it as CSV UTF-8)");
        } catch (IOException e) {
            throw unreadable(file, e.getMessage());
        }
        progress.finished(tally.rows, size);
        return new ImportSummary(file, tally.rows, tally.created, tally.unchanged, tally.alreadyRegistered, tally.failed,
                Duration.ofNanos(System.nanoTime() - started), request.reportPath());
    }

    private static Header header(CsvReader csv, List<Column> columns, Path file) throws IOException {
        CsvRecord first;
        try {
            first = csv.next();
        } catch (CsvFormatException e) {
            throw unreadable(file, "the header line " + e.getMessage());
        }
        if (first == null || first.isBlank()) {
            throw unreadable(file, "the file is empty: the first line must name the columns");
        }
        Header header = Header.of(first, columns);
        List<Column> missing = header.missing(columns);
        if (!missing.isEmpty()) {
            throw unreadable(file, "the header lacks the column(s) "
                    + missing.stream().map(Column::label).collect(Collectors.joining(", ")));
        }
        return header;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw unreadable(file, Files.exists(file) ? e.getMessage() : "no such file");
        }
    }

    private static VaxlineException unreadable(Path file, String why) {
        return new VaxlineException(ImportError.IMPORT_FILE_UNREADABLE, "cannot import " + file + ": " + why);
    }

    /** The state of one run: the batch being filled, the report and the counts. */
    private static final class Run<T> {
        private final Actor actor;
        private final RowFormat<T> format;
        private final Header header;
        private final BatchWriter<T> writer;
        private final ErrorReport report;
        private final Tally tally;
        private final int batchSize;
        private final List<BatchWriter.Pending<T>> batch = new ArrayList<>();
        private final List<Row> ahead = new ArrayList<>();
        private final ImportRowCounts counts;
        private final Tally counted = new Tally();

        Run(Actor actor, RowFormat<T> format, Header header, BatchWriter<T> writer, ErrorReport report, Tally tally,
            int batchSize, ImportRowCounts counts) {
            this.counts = counts;
            this.actor = actor;
            this.format = format;
            this.header = header;
            this.writer = writer;
            this.report = report;
            this.tally = tally;
            this.batchSize = batchSize;
        }

        void readAll(CsvReader csv, Runnable afterRow) throws IOException {
            while (true) {
                CsvRecord record;
                try {
                    record = csv.next();
                } catch (CsvFormatException e) {
                    // The rest of the file is inside the unclosed quote: the row fails and reading ends.
                    tally.rows++;
                    fail(new RowFaults(e.line(), header), e.getMessage());
                    break;
                }
                if (record == null) {
                    break;
                }
                if (!record.isBlank()) {
                    tally.rows++;
                    ahead.add(new Row(record, header));
                    if (ahead.size() >= batchSize) {
                        acceptAhead();
                    }
                    afterRow.run();
                }
            }
            acceptAhead();
            flush();
        }

        /** Validates the rows read ahead, after one look-up of what they all name. */
        private void acceptAhead() {
            if (!ahead.isEmpty()) {
                format.lookAhead(List.copyOf(ahead));
                ahead.forEach(this::accept);
                ahead.clear();
            }
        }

        private void accept(Row row) {
            RowFaults faults = new RowFaults(row.line(), header);
            if (row.record().fields().size() != header.size()) {
                fail(faults, "has " + row.record().fields().size() + " fields where the header has " + header.size()
                        + " (a separator in a value that is not quoted?)");
                return;
            }
            T request = format.validate(row, faults);
            if (!faults.isEmpty() || request == null) {
                tally.failed++;
                report.hold(faults.all());
                return;
            }
            batch.add(new BatchWriter.Pending<>(row, request));
            if (batch.size() >= batchSize) {
                flush();
            }
        }

        private void fail(RowFaults faults, String reason) {
            faults.add("", ImportError.IMPORT_ROW_MALFORMED.name(), reason);
            tally.failed++;
            report.hold(faults.all());
        }

        private void flush() {
            if (!batch.isEmpty()) {
                BatchWriter.Result result = writer.write(actor, batch);
                result.outcomes().forEach(tally::count);
                result.failures().forEach(report::hold);
                tally.failed += result.failures().size();
                batch.clear();
            }
            report.writeHeld();
            count();
        }

        /** Adds what this run did since it last counted to the store's totals, which /metrics shows. */
        private void count() {
            long unchanged = tally.unchanged + tally.alreadyRegistered;
            counts.add(format.kind(), tally.created - counted.created, unchanged - counted.unchanged, tally.failed - counted.failed);
            counted.created = tally.created;
            counted.unchanged = unchanged;
            counted.failed = tally.failed;
        }
    }
}
