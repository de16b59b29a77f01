package org.vaxline.testing;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Names for the schemas and databases tests make on the PostgreSQL server, and their removal. Dropping one took
 * 0.4–1.5 s, and a run makes over a hundred: dropped when the run ended, they kept the test JVM alive past surefire's
 * 30-second limit (which then killed it, leaving the rest). So each name carries the minute it was made, and a run
 * drops, on a background thread, those an earlier run left that are older than any run lasts (two hours).
 */
final class TestServerLeftovers {
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyMMddHHmm", Locale.ROOT);
    /** No test run lasts this long: what is older is not in use. */
    private static final Duration OLD = Duration.ofHours(2);

    private TestServerLeftovers() {
    }

    /** A new name: prefix, the minute (UTC), and a random part, e.g. {@code t_2612020240_3f9a1c0d2b7e4a51}. */
    static String newName(String prefix) {
        return prefix + LocalDateTime.now(ZoneOffset.UTC).format(MINUTE) + "_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
    }

    private static boolean isOld(String name, String prefix) {
        String rest = name.substring(prefix.length());
        if (rest.length() < 11 || rest.charAt(10) != '_') {
            return false;
        }
        try {
            LocalDateTime made = LocalDateTime.parse(rest.substring(0, 10), MINUTE);
            return made.isBefore(LocalDateTime.now(ZoneOffset.UTC).minus(OLD));
        } catch (java.time.format.DateTimeParseException e) {
            return false; // not one of ours
        }
    }

    /** Starts dropping, one at a time on a daemon thread, what earlier runs left with these prefixes. */
    static void dropOldInBackground(String schemaPrefix, String databasePrefix) {
        Thread cleaner = new Thread(() -> {
            try {
                for (String schema : names("SELECT nspname FROM pg_namespace WHERE nspname LIKE '" + schemaPrefix + "%'")) {
                    if (isOld(schema, schemaPrefix)) {
                        TestStores.execute(TestStores.postgresUrl(), "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                    }
                }
                for (String database : names("SELECT datname FROM pg_database WHERE datname LIKE '" + databasePrefix + "%'")) {
                    if (isOld(database, databasePrefix)) {
                        TestStores.execute(TestStores.postgresUrl(), "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
                    }
                }
            } catch (RuntimeException | java.sql.SQLException e) {
                // the server may be down: the tests that need it say so; leftovers wait for the next run
            }
        }, "test-server-leftovers");
        cleaner.setDaemon(true);
        cleaner.start();
    }

    private static List<String> names(String sql) throws java.sql.SQLException {
        List<String> names = new ArrayList<>();
        try (var c = java.sql.DriverManager.getConnection(TestStores.postgresUrl()); var s = c.createStatement();
             var rs = s.executeQuery(sql)) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
