package org.vaxline.platform.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementException;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.vaxline.platform.ledger.ChainExistingLedgers;
import org.vaxline.platform.ledger.LedgerChain;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The database: a pool, the schema migrated to the newest version, and transactions.
 * SQLite (one file, nothing to install) and PostgreSQL run the same SQL; each has its own migrations.
 */
public final class Store implements AutoCloseable {
    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final Dialect dialect;
    private final String url;
    /** A transaction that lost a race is run again this many times in all before its failure is answered. */
    private static final int MAX_ATTEMPTS = 4;
    private final ThreadLocal<Handle> current = new ThreadLocal<>();
    private final LedgerChain ledgerChain;

    private Store(HikariDataSource dataSource, Dialect dialect, String url) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.url = url;
        this.jdbi = Jdbi.create(dataSource);
        this.ledgerChain = new LedgerChain(dialect == Dialect.POSTGRESQL);
        // A failed statement's message names the SQL but never its bound values: those are people's names, ID numbers
        // and birth dates, and the message ends up in the log.
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(Store::withoutArguments);
        if (dialect == Dialect.SQLITE) {
            SqliteTypes.register(jdbi);
        }
    }

    /** The embedded store: {@code DIR/vaxline.db}, created with its folder when missing. */
    public static Store embedded(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create data folder " + dataDir + ": " + e.getMessage(), e);
        }
        return open("jdbc:sqlite:" + dataDir.resolve("vaxline.db").toAbsolutePath());
    }

    /** Opens the database at a JDBC URL and migrates it to the newest schema. */
    public static Store open(String url) {
        Dialect dialect = Dialect.ofJdbcUrl(url);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        if (dialect == Dialect.POSTGRESQL && !url.contains("stringtype=")) {
            // Lets the server type a null parameter from its column (a null uuid, a null date) instead of as text.
            config.addDataSourceProperty("stringtype", "unspecified");
        }
        if (dialect == Dialect.POSTGRESQL && !url.contains("logServerErrorDetail=")) {
            // The server's error detail quotes row values ("Key (identity_number)=(001090012345) already exists").
            config.addDataSourceProperty("logServerErrorDetail", "false");
        }
        config.setPoolName("vaxline");
        if (dialect == Dialect.SQLITE) {
            Properties sqlite = new Properties();
            sqlite.setProperty("journal_mode", "WAL");
            sqlite.setProperty("busy_timeout", "30000");
            sqlite.setProperty("foreign_keys", "true");
            sqlite.setProperty("synchronous", "NORMAL");
            // A write transaction takes the write lock when it begins, so two writers queue instead of deadlocking.
            sqlite.setProperty("transaction_mode", "IMMEDIATE");
            config.setDataSourceProperties(sqlite);
            config.setMaximumPoolSize(4);
        } else {
            config.setMaximumPoolSize(8);
        }
        config.setConnectionTimeout(30_000);
        config.setInitializationFailTimeout(10_000);
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot open database " + redact(url) + ": " + rootMessage(e), e);
        }
        Store store = new Store(dataSource, dialect, url);
        store.migrate();
        return store;
    }

    private void migrate() {
        Flyway.configure()
                .dataSource(dataSource)
                .locations(dialect.migrationLocation())
                .javaMigrations(new ChainExistingLedgers())
                .load()
                .migrate();
    }

    public Dialect dialect() {
        return dialect;
    }

    /** The URL without credentials, for showing people where the data lives. */
    public String description() {
        return redact(url);
    }

    /** The URL as given, credentials included: only for the backup tools' connection. */
    String url() {
        return url;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /**
     * Runs work in one transaction: all of it is written, or none. Called inside another transaction on the same
     * thread, it joins that one, so a use case of one feature can call another's (a shipment records its delivery)
     * and both commit or neither does. The outermost transaction is run again when it lost a race to a concurrent one
     * (a unique key another committed first, a serialization failure, a deadlock), so work given here must be
     * repeatable: read, decide, write, with no effect outside the database.
     */
    public <R, X extends Exception> R inTransaction(HandleCallback<R, X> work) throws X {
        Handle joined = current.get();
        if (joined != null) {
            return work.withHandle(joined);
        }
        for (int attempt = 1; ; attempt++) {
            try (Handle handle = jdbi.open()) {
                current.set(handle);
                ledgerChain.begin();
                boolean committed = false;
                try {
                    R result = handle.inTransaction(h -> {
                        R r = work.withHandle(h);
                        ledgerChain.beforeCommit(h); // the ledgers' chain links, one statement per ledger written
                        return r;
                    });
                    committed = true;
                    return result;
                } finally {
                    ledgerChain.end(committed);
                    current.remove();
                }
            } catch (RuntimeException e) {
                if (attempt >= MAX_ATTEMPTS || !Contention.isRetryable(e)) {
                    throw e;
                }
                // Another transaction committed the same id first (a parallel retry) or won a lock race: run the work
                // again, so it reads what that one wrote and answers as a retry (200, or 409 for other content).
            }
        }
    }

    /** Runs a read on one connection; inside a transaction, it reads what that transaction sees. */
    public <R, X extends Exception> R read(HandleCallback<R, X> work) throws X {
        Handle joined = current.get();
        if (joined != null) {
            return work.withHandle(joined);
        }
        return jdbi.withHandle(work);
    }

    @Override
    public void close() {
        dataSource.close();
    }

    private static String withoutArguments(StatementException e) {
        String sql = e.getStatementContext() == null ? null : e.getStatementContext().getRawSql();
        if (sql == null) {
            return e.getShortMessage();
        }
        String oneLine = sql.strip().replaceAll("\\s+", " ");
        return e.getShortMessage() + " [statement: \"" + (oneLine.length() > 300 ? oneLine.substring(0, 300) + "…" : oneLine) + "\"]";
    }

    static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
