package org.vaxline.registryimport.application;

import org.jdbi.v3.core.JdbiException;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.store.Savepoints;
import org.vaxline.platform.store.Store;
import org.vaxline.registryimport.domain.Column;
import org.vaxline.registryimport.domain.ImportError;
import org.vaxline.registryimport.domain.Outcome;
import org.vaxline.registryimport.domain.RowFault;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a batch of valid rows in one transaction. Each row runs its use case (which joins the transaction) behind a
 * savepoint: a row refused at write time is rolled back to its savepoint, so it leaves nothing behind and the rest of
 * its batch still commits. (Re-running the batch row by row after a failure would write the batch twice.) A format that
 * writes its batches together (the doses import on the dose registry) is handed the whole batch instead: a savepoint per
 * row is a round trip and a subtransaction on PostgreSQL, the import's main cost there (issue 13).
 */
final class BatchWriter<T> {
    record Pending<T>(Row row, T request) {
    }

    record Result(List<Outcome> outcomes, List<List<RowFault>> failures) {
    }

    private final Store store;
    private final RowFormat<T> format;

    BatchWriter(Store store, RowFormat<T> format) {
        this.store = store;
        this.format = format;
    }

    Result write(Actor actor, List<Pending<T>> batch) {
        if (format.writesTogether()) {
            return together(actor, batch);
        }
        return store.inTransaction(h -> {
            List<Outcome> outcomes = new ArrayList<>();
            List<List<RowFault>> failures = new ArrayList<>();
            format.beforeWriting(batch.stream().map(Pending::request).toList());
            for (Pending<T> p : batch) {
                try {
                    outcomes.add(Savepoints.undoneIfThrown(h, () -> format.write(actor, p.request())));
                } catch (VaxlineException e) {
                    failures.add(faults(p.row(), e));
                } catch (JdbiException e) {
                    failures.add(writeFailed(p.row(), e));
                }
            }
            return new Result(outcomes, failures);
        });
    }

    /** The batch handed to the format at once: it owns the transaction, and a refused row leaves the others written. */
    private Result together(Actor actor, List<Pending<T>> batch) {
        List<RowFormat.Written> written = format.writeTogether(actor, batch.stream().map(Pending::request).toList());
        List<Outcome> outcomes = new ArrayList<>(batch.size());
        List<List<RowFault>> failures = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            RowFormat.Written w = written.get(i);
            Row row = batch.get(i).row();
            if (w.failure() instanceof VaxlineException refused) {
                failures.add(faults(row, refused));
            } else if (w.failure() != null) {
                failures.add(writeFailed(row, w.failure()));
            } else {
                outcomes.add(w.outcome());
            }
        }
        return new Result(outcomes, failures);
    }

    private static List<RowFault> writeFailed(Row row, RuntimeException e) {
        return List.of(new RowFault(row.line(), "", ImportError.IMPORT_WRITE_FAILED.name(), String.valueOf(e.getMessage())));
    }

    /** One fault per field the use case named, in the file's column; its sentence when it named none. */
    private List<RowFault> faults(Row row, VaxlineException e) {
        RowFaults faults = new RowFaults(row.line(), row.header());
        for (Map.Entry<String, String> field : e.fieldErrors().entrySet()) {
            Column column = format.columnOf(field.getKey()).orElse(null);
            faults.add(column == null ? field.getKey() : row.header().name(column), e.code().name(),
                    field.getValue());
        }
        if (faults.isEmpty()) {
            faults.add("", e.code().name(), e.getMessage());
        }
        return faults.all();
    }
}
