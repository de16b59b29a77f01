package org.vaxline.platform.store;

import org.vaxline.platform.error.VaxlineException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A whole store copied to one file while it takes writes, and a file restored into an empty store. SQLite: {@code VACUUM
 * INTO} (one read transaction: a consistent copy, writers go on) and the driver's online backup API ({@code restore
 * from}). PostgreSQL: {@code pg_dump --format=custom} in a repeatable-read snapshot this process exported (so the
 * digests it prints are of exactly what was dumped) and {@code pg_restore --single-transaction}; both tools must be on
 * the PATH, of the server's major version or newer. The digest of a copy is each ledger's head: length and hash.
 */
public final class StoreBackup {
    /** A ledger's head in a copy: what a backup and a restore print and what a verification recomputes. */
    public record Digest(String ledger, long length, String hash) {
    }

    /** Tables that hold data someone entered; a store with a row in any is not empty. */
    private static final List<String> CONTENT_TABLES = List.of("users", "facilities", "products", "agreements", "lots",
            "persons", "ledger_blocks");

    private StoreBackup() {
    }

    public static List<Digest> backup(Store store, Path file) {
        if (Files.exists(file)) {
            throw new VaxlineException(StoreError.BACKUP_FILE_EXISTS, file + " already exists: name a new file");
        }
        return switch (store.dialect()) {
            case SQLITE -> backupSqlite(store, file);
            case POSTGRESQL -> backupPostgres(store, file);
        };
    }

    private static List<Digest> backupSqlite(Store store, Path file) {
        store.jdbi().useHandle(h -> h.execute("VACUUM INTO ?", file.toAbsolutePath().toString()));
        try (Connection copy = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            return digests(copy);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the backup " + file + ": " + e.getMessage(), e);
        }
    }

    private static List<Digest> backupPostgres(Store store, Path file) {
        try {
            return store.jdbi().withHandle(h -> {
                h.setTransactionIsolationLevel(org.jdbi.v3.core.transaction.TransactionIsolationLevel.REPEATABLE_READ);
                h.begin();
                try {
                    String snapshot = h.createQuery("SELECT pg_export_snapshot()").mapTo(String.class).one();
                    List<Digest> digests = digests(h.getConnection());
                    Postgres pg = Postgres.of(store.url(), store.user(), store.password());
                    List<String> command = new ArrayList<>(List.of("pg_dump", "--format=custom", "--no-owner", "--no-privileges",
                            "--snapshot=" + snapshot, "--file=" + file.toAbsolutePath()));
                    if (pg.schema() != null) {
                        command.add("--schema=" + pg.schema());
                    }
                    run(command, pg);
                    return digests;
                } finally {
                    h.rollback();
                    h.setTransactionIsolationLevel(org.jdbi.v3.core.transaction.TransactionIsolationLevel.READ_COMMITTED);
                }
            });
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the store's ledger heads: " + e.getMessage(), e);
        }
    }

    /**
     * Restores a backup into the store at this JDBC URL (SQLite: jdbc:sqlite:FILE), which must be empty: missing, or
     * without a row in any table of entered data. Answers the restored ledgers' digests; the caller then opens the store
     * (which migrates a copy of an older version) and checks its chains and projections.
     */
    public static List<Digest> restore(String url, Path file) {
        return restore(url, null, null, file);
    }

    /** As {@link #restore(String, Path)}, with the database user and password given apart from the URL (or null). */
    public static List<Digest> restore(String url, String user, String password, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new VaxlineException(StoreError.BACKUP_FILE_MISSING, file + " is not a file");
        }
        Dialect dialect = Dialect.ofJdbcUrl(url);
        Postgres pg = dialect == Dialect.POSTGRESQL ? Postgres.of(url, user, password) : null;
        if (pg == null) {
            createFolderOf(url);
        }
        try (Connection target = DriverManager.getConnection(url, pg == null ? new Properties() : pg.jdbcProperties())) {
            String nonEmpty = firstTableWithRows(target, pg == null ? null : pg.schemaOrPublic());
            if (nonEmpty != null) {
                throw new VaxlineException(StoreError.STORE_NOT_EMPTY, Store.redact(url) + " already holds data (table "
                        + nonEmpty + " has rows): restore into a new, empty store");
            }
            if (pg == null) {
                try (Statement s = target.createStatement()) {
                    s.executeUpdate("restore from '" + file.toAbsolutePath().toString().replace("'", "''") + "'");
                }
                return digests(target);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot restore into " + Store.redact(url) + ": " + e.getMessage(), e);
        }
        run(List.of("pg_restore", "--no-owner", "--no-privileges", "--clean", "--if-exists", "--single-transaction",
                "--exit-on-error", "--dbname=" + pg.database(), file.toAbsolutePath().toString()), pg);
        try (Connection target = DriverManager.getConnection(url, pg.jdbcProperties())) {
            return digests(target);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the restored store: " + e.getMessage(), e);
        }
    }

    private static void createFolderOf(String sqliteUrl) {
        Path parent = Path.of(sqliteUrl.substring("jdbc:sqlite:".length())).toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new IllegalStateException("cannot create " + parent + ": " + e.getMessage(), e);
        }
    }

    private static String firstTableWithRows(Connection c, String schema) throws SQLException {
        for (String table : CONTENT_TABLES) {
            boolean exists;
            try (ResultSet rs = c.getMetaData().getTables(null, schema, table, null)) {
                exists = rs.next();
            }
            if (exists) {
                String qualified = schema == null ? table : "\"" + schema + "\"." + table;
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT 1 FROM " + qualified + " LIMIT 1")) {
                    if (rs.next()) {
                        return table;
                    }
                }
            }
        }
        return null;
    }

    private static List<Digest> digests(Connection c) throws SQLException {
        List<Digest> digests = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT ledger, length, hash FROM ledger_heads ORDER BY ledger")) {
            while (rs.next()) {
                digests.add(new Digest(rs.getString(1), rs.getLong(2), rs.getString(3)));
            }
        }
        return digests;
    }

    private static void run(List<String> command, Postgres pg) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(pg.environment());
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(6, TimeUnit.HOURS) || process.exitValue() != 0) {
                throw new VaxlineException(StoreError.BACKUP_TOOL_FAILED, command.get(0) + " failed: "
                        + (output.isEmpty() ? "exit " + process.exitValue() : output.lines().findFirst().orElse(output)));
            }
        } catch (IOException e) {
            throw new VaxlineException(StoreError.BACKUP_TOOL_FAILED, command.get(0) + " cannot be run (" + e.getMessage()
                    + "): install the PostgreSQL client tools of the server's version");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(command.get(0) + " interrupted", e);
        }
    }

    /** The connection a PostgreSQL JDBC URL names, as libpq's environment for pg_dump and pg_restore. */
    private record Postgres(String host, String port, String database, String user, String password, String schema) {
        private static final java.util.regex.Pattern URL =
                java.util.regex.Pattern.compile("jdbc:postgresql://([^/:?,]+)(?::(\\d+))?[^/]*/([^?]+)(?:\\?(.*))?");

        /** The URL's parts, with a user and password given apart from it (configuration, a password file) taking precedence. */
        static Postgres of(String url, String user, String password) {
            Postgres fromUrl = of(url);
            return new Postgres(fromUrl.host, fromUrl.port, fromUrl.database, user != null && !user.isBlank() ? user : fromUrl.user,
                    password != null ? password : fromUrl.password, fromUrl.schema);
        }

        static Postgres of(String url) {
            java.util.regex.Matcher m = URL.matcher(url);
            if (!m.matches()) {
                throw new IllegalArgumentException("not a PostgreSQL URL the backup tools can use: " + Store.redact(url)
                        + " (jdbc:postgresql://HOST[:PORT]/DATABASE?user=…)");
            }
            Map<String, String> query = new java.util.HashMap<>();
            if (m.group(4) != null) {
                for (String pair : m.group(4).split("&")) {
                    int eq = pair.indexOf('=');
                    if (eq > 0) {
                        query.put(pair.substring(0, eq), java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                    }
                }
            }
            return new Postgres(m.group(1), m.group(2) == null ? "5432" : m.group(2), m.group(3), query.get("user"),
                    query.get("password"), query.get("currentSchema"));
        }

        String schemaOrPublic() {
            return schema == null ? "public" : schema;
        }

        Properties jdbcProperties() {
            Properties properties = new Properties();
            if (user != null) {
                properties.setProperty("user", user);
            }
            if (password != null) {
                properties.setProperty("password", password);
            }
            return properties;
        }

        Map<String, String> environment() {
            Map<String, String> env = new java.util.HashMap<>(Map.of("PGHOST", host, "PGPORT", port, "PGDATABASE", database));
            if (user != null) {
                env.put("PGUSER", user);
            }
            if (password != null) {
                env.put("PGPASSWORD", password); // never on the command line, where ps shows it
            }
            return env;
        }
    }
}
