package org.vaxline.testing;

import org.vaxline.app.Vaxline;
import org.vaxline.app.demo.DemoScenario;
import org.vaxline.platform.store.Dialect;
import org.vaxline.platform.store.Store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * Stores made once per test run, and fresh copies of them: a migrated store of each kind (migrating a new one took
 * 0.4 s on SQLite and 1–3 s on PostgreSQL, and the suite opens hundreds), and the demo loaded on each kind (10–20 s a
 * load). A SQLite copy is the closed template's file; a PostgreSQL copy is a new database made with
 * {@code CREATE DATABASE … TEMPLATE} (0.15 s). The copies are not dropped when the run ends (0.4–1.5 s each): a later
 * run drops them ({@link TestServerLeftovers}). Each copy is opened with {@link Store#open}, which finds its schema
 * current, exactly as a user's store would be.
 */
final class MigratedTemplates {
    private static Path sqliteTemplate;
    private static String postgresTemplate;
    /** The demo loaded into a copy of the migrated store, per store kind, for the day it was loaded on (its "today"). */
    private static final Map<Dialect, DemoTemplate> DEMOS = new EnumMap<>(Dialect.class);

    /** @param location the SQLite template's file, or the PostgreSQL template's database name */
    private record DemoTemplate(LocalDate day, String location) {
    }

    /** Databases made by tests start so; a later run drops them ({@link TestServerLeftovers}). */
    static final String DATABASE_PREFIX = "vaxline_test_";

    private MigratedTemplates() {
    }

    /** A data folder holding a copy of the migrated SQLite store. */
    static Path sqliteCopy(Path dataDir) {
        return copyFile(sqliteTemplate(), dataDir);
    }

    /** A data folder holding a copy of the SQLite store with the demo loaded today. */
    static Path sqliteDemoCopy(Path dataDir) {
        return copyFile(Path.of(demoTemplate(Dialect.SQLITE)), dataDir);
    }

    /** The URL of a new database holding a copy of the store with the demo loaded today. */
    static synchronized String postgresDemoCopy() {
        return urlOf(postgresCopyOf(demoTemplate(Dialect.POSTGRESQL)));
    }

    /**
     * The demo's template for a store kind: loaded once per run and day, as {@code new DemoScenario(app).loadOnce()} on
     * a fresh store does (the demo's dates count from the day it is loaded on, so another day needs another load).
     */
    private static synchronized String demoTemplate(Dialect dialect) {
        Clock clock = Clock.systemDefaultZone();
        LocalDate today = LocalDate.now(clock);
        DemoTemplate known = DEMOS.get(dialect);
        if (known != null && known.day().equals(today)) {
            return known.location();
        }
        String location;
        Store store;
        try {
            if (dialect == Dialect.SQLITE) {
                Path dir = sqliteCopy(Files.createTempDirectory("vaxline-demo-template-"));
                dir.toFile().deleteOnExit();
                Store.embeddedFile(dir).toFile().deleteOnExit();
                location = Store.embeddedFile(dir).toString();
                store = Store.open(Store.embeddedUrl(dir));
            } else {
                location = postgresCopyOf(postgresTemplate());
                store = Store.open(urlOf(location));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the demo's test store", e);
        }
        try (Vaxline app = new Vaxline(store, clock)) { // closes the store: copies need no connection
            new DemoScenario(app).loadOnce();
        }
        DEMOS.put(dialect, new DemoTemplate(today, location));
        return location;
    }

    private static Path copyFile(Path template, Path dataDir) {
        if (Files.exists(template.resolveSibling(template.getFileName() + "-wal"))) {
            throw new IllegalStateException("the template store " + template + " is still open: its copies would miss pages");
        }
        try {
            Files.createDirectories(dataDir);
            Files.copy(template, Store.embeddedFile(dataDir));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the migrated test store into " + dataDir, e);
        }
        return dataDir;
    }

    private static synchronized Path sqliteTemplate() {
        if (sqliteTemplate == null) {
            try {
                Path dir = Files.createTempDirectory("vaxline-template-");
                Store.embedded(dir).close(); // migrated, then closed: the last connection's close empties the WAL into the file
                Path file = Store.embeddedFile(dir);
                file.toFile().deleteOnExit();
                dir.toFile().deleteOnExit();
                sqliteTemplate = file;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot make the migrated test store", e);
            }
        }
        return sqliteTemplate;
    }

    /** The URL of a new database on the test server holding a copy of the migrated store. */
    static synchronized String postgresCopy() {
        return urlOf(postgresCopyOf(postgresTemplate()));
    }

    private static synchronized String postgresTemplate() {
        if (postgresTemplate == null) {
            String name = newDatabaseName("template_");
            TestStores.execute(TestStores.postgresUrl(), "CREATE DATABASE " + name);
            Store.open(urlOf(name)).close(); // closed: a template must have no connection while it is copied
            postgresTemplate = name;
        }
        return postgresTemplate;
    }

    /** The name of a new database copied from the template. */
    private static String postgresCopyOf(String template) {
        String name = newDatabaseName("t_");
        TestStores.execute(TestStores.postgresUrl(), "CREATE DATABASE " + name + " TEMPLATE " + template);
        return name;
    }

    private static String newDatabaseName(String kind) {
        return TestServerLeftovers.newName(DATABASE_PREFIX + kind);
    }

    /** The test server's URL with another database: {@code jdbc:postgresql://HOST:PORT/DATABASE?…}. */
    static String urlOf(String database) {
        return TestStores.postgresUrl().replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]*", "$1" + database);
    }
}
