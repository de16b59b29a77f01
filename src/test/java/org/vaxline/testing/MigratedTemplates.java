package org.vaxline.testing;

import org.vaxline.platform.store.Store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A store migrated once per test run, and fresh copies of it: migrating a new store took 0.4 s on SQLite and 1 s on
 * PostgreSQL, and the suite opens hundreds. A SQLite copy is the closed template's file; a PostgreSQL copy is a new
 * database made with {@code CREATE DATABASE … TEMPLATE} (0.2 s). Each copy is then opened with {@link Store#open},
 * which finds its schema current, exactly as a user's store would be.
 */
final class MigratedTemplates {
    private static Path sqliteTemplate;
    private static String postgresTemplate;
    /** The demo loaded into a copy of the migrated store, per store kind, for the day it was loaded on (its "today"). */
    private static final java.util.Map<org.vaxline.platform.store.Dialect, DemoTemplate> DEMOS = new java.util.EnumMap<>(org.vaxline.platform.store.Dialect.class);

    private record DemoTemplate(java.time.LocalDate day, String location) {
    }
    /** Databases made by this test run, dropped when it ends. */
    private static final ConcurrentLinkedQueue<String> DATABASES = new ConcurrentLinkedQueue<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(MigratedTemplates::dropDatabases));
    }

    private MigratedTemplates() {
    }

    /** A data folder holding a copy of the migrated SQLite store. */
    static Path sqliteCopy(Path dataDir) {
        return copyFile(sqliteTemplate(), dataDir);
    }

    /** A data folder holding a copy of the SQLite store with the demo loaded today. */
    static Path sqliteDemoCopy(Path dataDir) {
        return copyFile(Path.of(demoTemplate(org.vaxline.platform.store.Dialect.SQLITE)), dataDir);
    }

    /** The URL of a new database holding a copy of the store with the demo loaded today. */
    static synchronized String postgresDemoCopy() {
        return postgresCopyOf(demoTemplate(org.vaxline.platform.store.Dialect.POSTGRESQL));
    }

    /**
     * The demo's template for a store kind: loaded once per run and day, as {@code new DemoScenario(app).loadOnce()} on
     * a fresh store does (the demo's dates count from the day it is loaded on, so another day needs another load).
     */
    private static synchronized String demoTemplate(org.vaxline.platform.store.Dialect dialect) {
        java.time.Clock clock = java.time.Clock.systemDefaultZone();
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        DemoTemplate known = DEMOS.get(dialect);
        if (known != null && known.day().equals(today)) {
            return known.location();
        }
        String location;
        Store store;
        try {
            if (dialect == org.vaxline.platform.store.Dialect.SQLITE) {
                Path dir = sqliteCopy(Files.createTempDirectory("vaxline-demo-template-"));
                dir.toFile().deleteOnExit();
                Store.embeddedFile(dir).toFile().deleteOnExit();
                location = Store.embeddedFile(dir).toString();
                store = Store.open(Store.embeddedUrl(dir));
            } else {
                location = newDatabaseName("demo_");
                TestStores.execute(TestStores.postgresUrl(), "CREATE DATABASE " + location + " TEMPLATE " + postgresTemplate());
                DATABASES.add(location);
                store = Store.open(urlOf(location));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the demo's test store", e);
        }
        try (org.vaxline.app.Vaxline app = new org.vaxline.app.Vaxline(store, clock)) { // closes the store: copies need no connection
            new org.vaxline.app.demo.DemoScenario(app).loadOnce();
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
        return postgresCopyOf(postgresTemplate());
    }

    private static String postgresCopyOf(String template) {
        String name = newDatabaseName("t_");
        TestStores.execute(TestStores.postgresUrl(), "CREATE DATABASE " + name + " TEMPLATE " + template);
        DATABASES.add(name);
        return urlOf(name);
    }

    private static synchronized String postgresTemplate() {
        if (postgresTemplate == null) {
            String name = newDatabaseName("template_");
            TestStores.execute(TestStores.postgresUrl(), "CREATE DATABASE " + name);
            DATABASES.add(name);
            Store.open(urlOf(name)).close(); // closed: a template must have no connection while it is copied
            postgresTemplate = name;
        }
        return postgresTemplate;
    }

    private static String newDatabaseName(String prefix) {
        return "vaxline_" + prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
    }

    /** The test server's URL with another database: {@code jdbc:postgresql://HOST:PORT/DATABASE?…}. */
    static String urlOf(String database) {
        return TestStores.postgresUrl().replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]*", "$1" + database);
    }

    /** Copies first, then the template; a few at a time (each drop removes a folder of files on the server). */
    private static void dropDatabases() {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        String template = postgresTemplate;
        java.util.Set<String> templates = new java.util.HashSet<>();
        DEMOS.values().forEach(demo -> templates.add(demo.location()));
        DATABASES.stream().filter(name -> !name.equals(template) && !templates.contains(name))
                .forEach(name -> pool.submit(() -> dropQuietly(name)));
        pool.shutdown();
        try {
            pool.awaitTermination(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        templates.forEach(MigratedTemplates::dropQuietly);
        if (template != null) {
            dropQuietly(template);
        }
    }

    private static void dropQuietly(String name) {
        try {
            TestStores.execute(TestStores.postgresUrl(), "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (RuntimeException ignored) {
            // the server may already be gone at shutdown; the database is then left on a test server
        }
    }
}
