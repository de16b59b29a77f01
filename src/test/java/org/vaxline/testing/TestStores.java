package org.vaxline.testing;

import org.vaxline.platform.store.Dialect;
import org.vaxline.platform.store.Store;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Fresh, migrated stores for tests: a SQLite file in a temporary folder, or a new database on the real PostgreSQL
 * server, each a copy of one migrated once per test run ({@link MigratedTemplates}); stores holding the demo
 * ({@link #openDemo}); and empty schemas for tests of migration itself ({@link #freshPostgresSchemaUrl}). On the server
 * at 127.0.0.1:5432 by default; the system property or environment variable {@code VAXLINE_TEST_PG} names another.
 * A PostgreSQL store that cannot be reached fails the test: it is never skipped.
 */
public final class TestStores {
    private static final String DEFAULT_PG = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    private TestStores() {
    }

    public static Store open(Dialect dialect, Path tempDir) {
        return switch (dialect) {
            case SQLITE -> Store.embedded(MigratedTemplates.sqliteCopy(tempDir.resolve("store-" + UUID.randomUUID())));
            case POSTGRESQL -> Store.open(MigratedTemplates.postgresCopy());
        };
    }

    /**
     * A fresh store holding the demo as {@code new DemoScenario(app).loadOnce()} loads it today: a copy of one loaded
     * once per test run ({@link MigratedTemplates}), since a load took 10–20 s and many classes start from it.
     */
    public static Store openDemo(Dialect dialect, Path tempDir) {
        return switch (dialect) {
            case SQLITE -> Store.embedded(demoDataDir(tempDir.resolve("store-" + UUID.randomUUID())));
            case POSTGRESQL -> Store.open(demoPostgresUrl());
        };
    }

    /** A data folder holding a copy of the SQLite store with the demo loaded today, for tests that open it by path. */
    public static Path demoDataDir(Path dataDir) {
        return MigratedTemplates.sqliteDemoCopy(dataDir);
    }

    /** The URL of a new database holding a copy of the PostgreSQL store with the demo loaded today (schema public). */
    public static String demoPostgresUrl() {
        return MigratedTemplates.postgresDemoCopy();
    }

    public static String postgresUrl() {
        String url = System.getProperty("vaxline.test.pg");
        if (url == null || url.isBlank() || url.startsWith("${")) {
            url = System.getenv("VAXLINE_TEST_PG");
        }
        return url == null || url.isBlank() ? DEFAULT_PG : url;
    }

    /**
     * The URL of a new, empty schema of its own on the PostgreSQL server; a later run drops it
     * ({@link TestServerLeftovers}).
     */
    public static String freshPostgresSchemaUrl() {
        String schema = TestServerLeftovers.newName(SCHEMA_PREFIX);
        String base = postgresUrl();
        execute(base, "CREATE SCHEMA " + schema);
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    static final String SCHEMA_PREFIX = "t_";

    static {
        TestServerLeftovers.dropOldInBackground(SCHEMA_PREFIX, MigratedTemplates.DATABASE_PREFIX);
    }

    static void execute(String url, String sql) {
        try (var connection = DriverManager.getConnection(url); var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL test server not reachable at " + url + ": " + e.getMessage()
                    + " (start it, or set VAXLINE_TEST_PG)", e);
        }
    }
}
