package org.vaxline.registryimport.application;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.security.Actor;
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
 * its batch still commits. (Re-running the batch row by row after a failure would write the batch twice.)
 */
final class BatchWriter<T> {
    private static final String SAVEPOINT = "import_row";

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
        return store.inTransaction(h -> {
            List<Outcome> outcomes = new ArrayList<>();
            List<List<RowFault>> failures = new ArrayList<>();
            for (Pending<T> p : batch) {
                h.savepoint(SAVEPOINT);
                try {
                    outcomes.add(format.write(actor, p.request()));
                    h.release(SAVEPOINT);
                } catch (VaxlineException e) {
                    undo(h);
                    failures.add(faults(p.row(), e));
                } catch (JdbiException e) {
                    undo(h);
                    failures.add(List.of(new RowFault(p.row().line(), "", ImportError.IMPORT_WRITE_FAILED.name(),
                            String.valueOf(e.getMessage()))));
                }
            }
            return new Result(outcomes, failures);
        });
    }

    /** Rolls the row back; Jdbi forgets the savepoint then, and the next row sets a fresh one. */
    private static void undo(Handle h) {
        h.rollbackToSavepoint(SAVEPOINT);
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
