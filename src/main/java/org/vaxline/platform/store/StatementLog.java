package org.vaxline.platform.store;

import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Tells listeners the SQL of every statement the store has executed (a prepared batch counts once: it is one round
 * trip), so that a test can pin how many statements a hot path sends. With no listener it costs one empty-list check.
 */
public final class StatementLog implements SqlLogger {
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

    /** Starts telling the listener; the returned handle stops it. */
    public AutoCloseable listen(Consumer<String> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** A statement executed outside Jdbi (a batch of held rows, {@link DeferredWrites}; the ledgers' links). */
    public void executed(String sql) {
        if (!listeners.isEmpty()) {
            String oneLine = oneLine(sql);
            listeners.forEach(l -> l.accept(oneLine));
        }
    }

    /** A statement's SQL on one line, as listeners get it and as error messages quote it. */
    static String oneLine(String sql) {
        return sql.strip().replaceAll("\\s+", " ");
    }

    /** The log of the store whose handle this is, if it keeps one. */
    public static java.util.Optional<StatementLog> of(org.jdbi.v3.core.Handle h) {
        return h.getConfig(org.jdbi.v3.core.statement.SqlStatements.class).getSqlLogger() instanceof StatementLog log
                ? java.util.Optional.of(log) : java.util.Optional.empty();
    }

    @Override
    public void logAfterExecution(StatementContext context) {
        if (!listeners.isEmpty()) {
            String sql = context.getRenderedSql() == null ? String.valueOf(context.getRawSql()) : context.getRenderedSql();
            String oneLine = oneLine(sql);
            listeners.forEach(l -> l.accept(oneLine));
        }
    }
}
