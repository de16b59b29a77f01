package org.vaxline.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaxline.platform.store.Dialect;
import org.vaxline.platform.store.Store;
import org.vaxline.testing.TestStores;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator's commands: {@code migrate} is the only one that changes a schema; serve and every other command
 * refuse a store that is not at this program's version (older or newer), naming both versions, on either store;
 * {@code config} says what is in force and never shows a secret.
 */
class OperationsCommandsTest {
    @TempDir
    Path tempDir;

    private List<String> store(Dialect dialect) {
        return dialect == Dialect.SQLITE
                ? List.of("--data", tempDir.resolve("data").toString())
                : List.of("--db", TestStores.freshPostgresSchemaUrl());
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void serveAndOrdinaryCommandsRefuseAnUnmigratedStoreUntilMigrateBringsItToThisVersion(Dialect dialect) {
        List<String> store = store(dialect);

        for (String[] command : List.of(new String[]{"serve", "--port", "0"}, new String[]{"facilities", "list"})) {
            CliRun refused = CliRun.unmigrated(store, command);
            assertThat(refused.exitCode()).as(String.join(" ", command)).isEqualTo(4);
            assertThat(refused.errorLines()).hasSize(1);
            assertThat(refused.errorLines().get(0)).startsWith("error: STORE_NOT_MIGRATED: ").contains("vaxline migrate");
        }
        if (dialect == Dialect.SQLITE) {
            assertThat(Files.exists(tempDir.resolve("data"))).as("a refused command creates no store").isFalse();
        }
        CliRun check = CliRun.unmigrated(store, "migrate", "--check");
        assertThat(check.exitCode()).isEqualTo(4);
        assertThat(check.out() + check.err()).contains("vaxline migrate");

        CliRun migrated = CliRun.unmigrated(store, "migrate");
        assertThat(migrated.exitCode()).as(migrated.err()).isZero();
        assertThat(migrated.out()).contains("migrated from schema version none to ");
        assertThat(CliRun.unmigrated(store, "migrate").out()).contains("nothing to do");
        assertThat(CliRun.unmigrated(store, "migrate", "--check").exitCode()).isZero();
        CliRun listed = CliRun.unmigrated(store, "facilities", "list");
        assertThat(listed.exitCode()).as(listed.err()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aStoreMigratedByANewerReleaseIsRefusedEvenByMigrate(Dialect dialect) throws Exception {
        List<String> store = store(dialect);
        assertThat(CliRun.unmigrated(store, "migrate").exitCode()).isZero();
        String url = dialect == Dialect.SQLITE ? "jdbc:sqlite:" + tempDir.resolve("data/vaxline.db") : store.get(1);
        try (var connection = DriverManager.getConnection(url); var statement = connection.createStatement()) {
            statement.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                    + " installed_by, execution_time, success) VALUES (999, '999', 'from the future', 'SQL', 'V999__future.sql', 0,"
                    + " 'test', 1, " + (dialect == Dialect.SQLITE ? "1" : "true") + ")");
        }

        for (String[] command : List.of(new String[]{"serve", "--port", "0"}, new String[]{"facilities", "list"}, new String[]{"migrate"})) {
            CliRun refused = CliRun.unmigrated(store, command);
            assertThat(refused.exitCode()).as(String.join(" ", command)).isEqualTo(4);
            assertThat(refused.errorLines().get(0)).startsWith("error: STORE_NEWER_THAN_PROGRAM: ")
                    .contains("schema version 999, newer than this program's ");
        }
    }

    @Test
    void aStoreBehindThisProgramIsRefusedWithBothVersions() throws Exception {
        Path data = tempDir.resolve("data");
        try (Store store = Store.embedded(data)) {
            store.inTransaction(h -> h.execute("DELETE FROM flyway_schema_history WHERE installed_rank = (SELECT max(installed_rank) FROM flyway_schema_history)"));
        }
        CliRun refused = CliRun.unmigrated(List.of("--data", data.toString()), "facilities", "list");
        assertThat(refused.exitCode()).isEqualTo(4);
        assertThat(refused.errorLines().get(0)).startsWith("error: STORE_NOT_MIGRATED: ").containsPattern("is at schema version \\d+, this program needs version \\d+ \\(1 migration");
    }

    @Test
    void configSaysWhereEachOptionCameFromAndShowsNoSecret() throws Exception {
        Path passwordFile = tempDir.resolve("db.pass");
        Files.writeString(passwordFile, "Pa55-word-in-a-file\n");
        Path configFile = tempDir.resolve("vaxline.properties");
        Files.writeString(configFile, "port = 7001\ndb.user = vaxline\ntime-zone = America/Havana\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true),
                Map.of("VAXLINE_DB", "jdbc:postgresql://db.example:5432/vaxline?user=x&password=Url-Secret-1",
                        "VAXLINE_DB_PASSWORD_FILE", passwordFile.toString(), "VAXLINE_HOST", "0.0.0.0"),
                "--config", configFile.toString(), "--time-zone", "UTC", "config");

        String shown = out.toString();
        assertThat(code).as(err.toString()).isZero();
        assertThat(shown).doesNotContain("Url-Secret-1").doesNotContain("Pa55-word-in-a-file")
                .contains("password=" + ConfigCommand.MASK)
                .contains("configuration file: " + configFile.toAbsolutePath());
        assertThat(line(shown, "port")).contains("7001").contains("vaxline.properties: port");
        assertThat(line(shown, "host")).contains("0.0.0.0").contains("VAXLINE_HOST");
        assertThat(line(shown, "time-zone")).contains("UTC").contains("--time-zone");
        assertThat(line(shown, "data")).contains("vaxline-data").contains("default");
        assertThat(line(shown, "db.user")).contains("vaxline").contains("vaxline.properties: db.user");
        assertThat(line(shown, "(db password)")).contains(ConfigCommand.MASK).contains(passwordFile.toString());
        assertThat(err.toString()).doesNotContain("Url-Secret-1").doesNotContain("Pa55-word-in-a-file");
    }

    @Test
    void aPasswordInTheDbFlagIsMaskedAndWarnedAbout() {
        CliRun run = CliRun.unmigrated(List.of("--db", "jdbc:postgresql://u:Auth-Secret@h/db?password=Q-Secret"), "config");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).doesNotContain("Auth-Secret").doesNotContain("Q-Secret");
        assertThat(run.err()).contains("warning: the --db URL carries a password").doesNotContain("Q-Secret");
    }

    private static String line(String output, String setting) {
        return output.lines().filter(l -> l.startsWith(setting + " ")).findFirst().orElseThrow(() -> new AssertionError(setting + " in " + output));
    }
}
