package org.vaxline.registryimport.application;

import org.vaxline.platform.security.Actor;
import org.vaxline.registryimport.domain.Column;
import org.vaxline.registryimport.domain.Outcome;

import java.util.List;
import java.util.Optional;

/**
 * One kind of import file: its columns, how a row is validated (reading only) and how a valid row is written.
 * One instance serves one run, so it may remember the references it has looked up.
 */
public interface RowFormat<T> {
    /** The kind of file, as the import metrics name it: {@code persons}, {@code doses}. */
    String kind();

    List<Column> columns();

    /**
     * Looks up at once what the coming rows name (before each is validated), so validation reads memory instead of
     * one look-up per row. The rows are raw: any of them may turn out invalid.
     */
    default void lookAhead(List<Row> rows) {
    }

    /** The row's request when every value is valid and everything it names exists; otherwise null, with the faults added. */
    T validate(Row row, RowFaults faults);

    /**
     * Reads at once, inside the batch's transaction and before its first row is written, what writing these validated
     * rows one by one will read, so each row's write reads memory instead of the store.
     */
    default void beforeWriting(List<T> requests) {
    }

    /** Writes one validated row inside the batch's transaction; a refusal is thrown as a VaxlineException. */
    Outcome write(Actor actor, T request);

    /**
     * What writing one row of a batch written together did: its outcome, or the refusal or failure of that row alone.
     */
    record Written(Outcome outcome, RuntimeException failure) {
    }

    /** Whether {@link #writeTogether} writes a batch in one go (in a transaction of its own) instead of row by row. */
    default boolean writesTogether() {
        return false;
    }

    /**
     * Writes a batch of validated rows together, in order, in one transaction of the writer's own, each row refused on
     * its own without undoing the others; one result per row.
     */
    default List<Written> writeTogether(Actor actor, List<T> requests) {
        throw new UnsupportedOperationException("this format writes its rows one by one");
    }

    /** The column a use case's field name (e.g. {@code dateOfBirth}) came from. */
    Optional<Column> columnOf(String field);
}
