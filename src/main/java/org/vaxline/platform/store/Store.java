package org.vaxline.platform.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationVersion;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementException;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.vaxline.platform.ledger.ChainExistingLedgers;
import org.vaxline.platform.ledger.LedgerChain;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The database: a pool, its schema's versioned migrations, and transactions.
 * SQLite (one file, nothing to install) and PostgreSQL run the same SQL; each has its own migrations.
 * {@link #connect} leaves the schema as it is (a server checks it, {@code vaxline migrate} changes it);
 * {@link #open} and {@link #embedded} also migrate, for tests and the demo.
 */
public final class Store implements AutoCloseable {
    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final Dialect dialect;
    private final String url;
    /** A transaction that lost a race is run again this many times in all before its failure is answered. */
    private static final int MAX_ATTEMPTS = 4;
    private final ThreadLocal<Handle> current = new ThreadLocal<>();
    private final StatementLog statements = new StatementLog();
    private final LedgerChain ledgerChain;
    /** SQLite only: copies the write-ahead log into the database beside the writer (null on PostgreSQL). */
    private final SqliteCheckpointer checkpointer;
    private final PostgresAutovacuum autovacuum;
    /** SQLite only: this process's write transactions take turns here rather than in SQLite's busy handler (null on PostgreSQL). */
    private final WriterTurns writerTurns;
    private final String user;
    private final String password;

    /** The pool itself, for this package's tests of how its connections are set up. */
    javax.sql.DataSource dataSource() {
        return dataSource;
    }

    private Store(HikariDataSource dataSource, Dialect dialect, String url) {
        this.dataSource = dataSource;
        this.user = dataSource.getUsername();
        this.password = dataSource.getPassword();
        this.dialect = dialect;
        this.url = url;
        this.jdbi = Jdbi.create(dataSource);
        this.ledgerChain = new LedgerChain(dialect == Dialect.POSTGRESQL);
        this.checkpointer = dialect == Dialect.SQLITE ? new SqliteCheckpointer(url) : null;
        this.autovacuum = dialect == Dialect.POSTGRESQL ? new PostgresAutovacuum(jdbi) : null;
        this.writerTurns = dialect == Dialect.SQLITE ? new WriterTurns(SQLITE_BUSY_TIMEOUT_MILLIS) : null;
        // A failed statement's message names the SQL but never its bound values: those are people's names, ID numbers
        // and birth dates, and the message ends up in the log.
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(Store::withoutArguments);
        jdbi.getConfig(SqlStatements.class).setSqlLogger(statements);
        // rows a transaction holds back (DeferredWrites) are written before any other statement of it runs
        jdbi.getConfig(SqlStatements.class).addCustomizer(new org.jdbi.v3.core.statement.StatementCustomizer() {
            @Override
            public void beforeExecution(java.sql.PreparedStatement stmt, org.jdbi.v3.core.statement.StatementContext ctx)
                    throws java.sql.SQLException {
                DeferredWrites.flushBefore(ctx.getConnection());
            }
        });
        if (dialect == Dialect.SQLITE) {
            SqliteTypes.register(jdbi);
            jdbi.setStatementBuilderFactory(connection -> new ReusedStatements());
        }
    }

    /** The embedded store: {@code DIR/vaxline.db}, created with its folder when missing, and migrated. */
    public static Store embedded(Path dataDir) {
        return open(embeddedUrl(dataDir));
    }

    /** The JDBC URL of the embedded store in a folder, which is created when missing. */
    public static String embeddedUrl(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create data folder " + dataDir + ": " + e.getMessage(), e);
        }
        return "jdbc:sqlite:" + embeddedFile(dataDir).toAbsolutePath();
    }

    /** The embedded store's database file in its folder. */
    public static Path embeddedFile(Path dataDir) {
        return dataDir.resolve("vaxline.db");
    }

    /** Opens the database at a JDBC URL and migrates it to the newest schema. */
    public static Store open(String url) {
        Store store = connect(url, null, null);
        store.migrate();
        return store;
    }

    /** Page cache per SQLite connection, in KiB (4 connections: at most 512 MiB outside the Java heap). */
    static final int SQLITE_CACHE_KIB = 128 * 1024;

    /** How long an SQLite writer waits for the one before it, here ({@link WriterTurns}) and in SQLite's busy handler. */
    private static final int SQLITE_BUSY_TIMEOUT_MILLIS = 30_000;

    /**
     * Opens the database at a JDBC URL as it is, without touching its schema.
     *
     * @param user     the database user, or null for the URL's (or none)
     * @param password the user's password, or null; never part of the URL that is shown or logged
     */
    public static Store connect(String url, String user, String password) {
        Dialect dialect = Dialect.ofJdbcUrl(url);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        if (user != null && !user.isBlank()) {
            config.setUsername(user);
        }
        if (password != null) {
            config.setPassword(password);
        }
        if (dialect == Dialect.POSTGRESQL && !url.contains("stringtype=")) {
            // Lets the server type a null parameter from its column (a null uuid, a null date) instead of as text.
            config.addDataSourceProperty("stringtype", "unspecified");
        }
        if (dialect == Dialect.POSTGRESQL && !url.contains("logServerErrorDetail=")) {
            // The server's error detail quotes row values ("Key (identity_number)=(001090012345) already exists").
            config.addDataSourceProperty("logServerErrorDetail", "false");
        }
        if (dialect == Dialect.POSTGRESQL && !url.contains("options=")) {
            // PostgreSQL compiles a query whose estimated cost is high (a batch's look-up of a thousand people in a
            // large table) to machine code first, ~10 ms each time: made for long reports, it only delays these.
            config.addDataSourceProperty("options", "-c jit=off");
        }
        if (dialect == Dialect.POSTGRESQL && !url.contains("reWriteBatchedInserts=")) {
            // A batch of inserts (the dose path's held rows) goes as multi-row INSERTs: the server plans and runs one
            // statement per 128 rows instead of one per row, most of a batch's time there (issue 13).
            config.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        config.setPoolName("vaxline");
        if (dialect == Dialect.SQLITE) {
            Properties sqlite = new Properties();
            sqlite.setProperty("journal_mode", "WAL");
            sqlite.setProperty("busy_timeout", String.valueOf(SQLITE_BUSY_TIMEOUT_MILLIS));
            sqlite.setProperty("foreign_keys", "true");
            sqlite.setProperty("synchronous", "NORMAL");
            // SQLite's default page cache is 2 MiB. A batch of doses dirties a page of each index per person; past the
            // cache SQLite spills dirty pages to the log mid-transaction and writes them again when touched again, so
            // at a million people an import wrote ~190 MB/s and recorded 880 doses/s. The cache fills only as used.
            sqlite.setProperty("cache_size", String.valueOf(-SQLITE_CACHE_KIB));
            // A write transaction takes the write lock when it begins, so two writers queue instead of deadlocking.
            sqlite.setProperty("transaction_mode", "IMMEDIATE");
            config.setDataSourceProperties(sqlite);
            // the log is copied into the database by SqliteCheckpointer; a commit does it only past this many pages
            config.setConnectionInitSql("PRAGMA wal_autocheckpoint = " + SqliteCheckpointer.WRITER_CHECKPOINT_PAGES);
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
        return new Store(dataSource, dialect, url);
    }

    private Flyway flyway() {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations(dialect.migrationLocation())
                .javaMigrations(new ChainExistingLedgers())
                .load();
    }

    /**
     * Applies this program's migrations the store has not had; refuses a store whose schema is newer than this program's.
     *
     * @return where the schema stood before
     */
    public SchemaStatus migrate() {
        SchemaStatus before = schema();
        if (before.state() == SchemaStatus.State.AHEAD) {
            before.requireCurrent(description());
        }
        flyway().migrate();
        expectedVersion = before.expected();
        return before;
    }

    /** Where the store's schema stands against this program's migrations (reads the migrations and the history). */
    public SchemaStatus schema() {
        MigrationInfoService info = flyway().info();
        MigrationVersion expected = null;
        for (MigrationInfo migration : info.all()) {
            MigrationVersion version = migration.getVersion();
            if (migration.getState().isResolved() && version != null && (expected == null || version.compareTo(expected) > 0)) {
                expected = version;
            }
        }
        MigrationInfo current = info.current();
        SchemaStatus status = new SchemaStatus(current == null || current.getVersion() == null ? null : current.getVersion().getVersion(),
                expected == null ? "0" : expected.getVersion(), info.pending().length);
        expectedVersion = status.expected();
        return status;
    }

    /** Refuses a store whose schema is not exactly this program's: older (not migrated) or newer. */
    public void requireCurrentSchema() {
        schema().requireCurrent(description());
    }

    /**
     * Whether the schema is still the one this program needs: one cheap query of the migration history, for a
     * readiness check that runs every few seconds (the newest migration is known from an earlier full check).
     */
    public boolean schemaStillCurrent() {
        String expected = expectedVersion;
        if (expected == null) {
            return schema().current();
        }
        MigrationVersion newest = read(h -> h.createQuery("SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL")
                .mapTo(String.class).list()).stream().map(MigrationVersion::fromVersion)
                .max(MigrationVersion::compareTo).orElse(null);
        return newest != null && newest.compareTo(MigrationVersion.fromVersion(expected)) == 0;
    }

    private volatile String expectedVersion;

    /** Hands the connection pool's figures (active, idle, pending, timings) to a Micrometer registry, once. */
    public void reportPoolMetricsTo(Object meterRegistry) {
        dataSource.setMetricRegistry(meterRegistry);
    }

    /**
     * Runs an action once the current transaction has committed (at once outside a transaction): a counter of what was
     * written must not count a transaction that rolled back or was run again after losing a race.
     */
    public void afterCommit(Runnable action) {
        Handle joined = current.get();
        if (joined == null) {
            action.run();
        } else {
            joined.afterCommit(action);
        }
    }

    public Dialect dialect() {
        return dialect;
    }

    /** The URL without credentials, for showing people where the data lives. */
    public String description() {
        return redact(url);
    }

    /** Every statement this store executes, for tests that pin how many a hot path sends. */
    public StatementLog statements() {
        return statements;
    }

    /** The URL as given, credentials included: only for the backup tools' connection. */
    String url() {
        return url;
    }

    /** The database user given apart from the URL, or null: only for the backup tools' connection. */
    String user() {
        return user;
    }

    /** The password given apart from the URL, or null: only for the backup tools' connection, never shown. */
    String password() {
        return password;
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
        if (writerTurns != null) {
            writerTurns.take();
        }
        try {
            return inNewTransaction(work);
        } finally {
            if (writerTurns != null) {
                writerTurns.give();
            }
        }
    }

    private <R, X extends Exception> R inNewTransaction(HandleCallback<R, X> work) throws X {
        for (int attempt = 1; ; attempt++) {
            try (Handle handle = jdbi.open()) {
                current.set(handle);
                ledgerChain.begin();
                DeferredWrites held = DeferredWrites.begin(handle.getConnection(), dialect, statements);
                boolean committed = false;
                try {
                    R result = handle.inTransaction(h -> {
                        R r = work.withHandle(h);
                        held.flushBeforeCommit(); // the rows the work held back, one batch per statement
                        ledgerChain.beforeCommit(h); // the ledgers' chain links, one statement per ledger written
                        return r;
                    });
                    committed = true;
                    return result;
                } finally {
                    held.end();
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

    /** Whether this thread is inside a transaction of this store (work given to it then joins that transaction). */
    public boolean inTransactionNow() {
        return current.get() != null;
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
        if (autovacuum != null) {
            autovacuum.close();
        }
        if (checkpointer != null) {
            checkpointer.close();
        }
        dataSource.close();
    }

    private static String withoutArguments(StatementException e) {
        String sql = e.getStatementContext() == null ? null : e.getStatementContext().getRawSql();
        if (sql == null) {
            return e.getShortMessage();
        }
        String oneLine = StatementLog.oneLine(sql);
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
