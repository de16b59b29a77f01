package org.vaxline.coverage.store;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaxline.platform.ledger.ChainExistingLedgers;
import org.vaxline.platform.store.Dialect;
import org.vaxline.testing.TestStores;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** V48 fills the coverage roll-up from the cube a store already holds, on both stores. */
class CoverageTotalsMigrationTest {
    @TempDir
    Path tempDir;

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void theRollUpIsFilledFromTheCubeAsItStands(Dialect dialect) throws Exception {
        String url = dialect == Dialect.SQLITE ? "jdbc:sqlite:" + tempDir.resolve("v47.db") : TestStores.freshPostgresSchemaUrl();
        migrate(url, dialect, lastBefore48(url, dialect));
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            String day = dialect == Dialect.SQLITE ? "'2021-10-0%d'" : "DATE '2021-10-0%d'";
            // one commune's first doses over two days, two groups and two bands; another commune's; a second series
            for (String row : List.of("'COVID-19', '01', 'c1', 'GENERAL', 'AGE_18_49', " + day.formatted(1) + ", 'FIRST_DOSE', 3",
                    "'COVID-19', '01', 'c1', 'OVER_65', 'AGE_65_PLUS', " + day.formatted(2) + ", 'FIRST_DOSE', 2",
                    "'COVID-19', '01', 'c1', 'GENERAL', 'AGE_18_49', " + day.formatted(3) + ", 'SECOND_DOSE', 1",
                    "'COVID-19', '01', 'c2', 'GENERAL', 'AGE_18_49', " + day.formatted(1) + ", 'FIRST_DOSE', 4",
                    "'MEASLES', '46', '-', 'GENERAL', 'AGE_0_17', " + day.formatted(1) + ", 'FIRST_DOSE', 5")) {
                s.execute("INSERT INTO coverage_counts (series_code, province_code, commune, priority_group, age_band, day, metric, people)"
                        + " VALUES (" + row + ")");
            }
        }
        migrate(url, dialect, "48");
        List<String> totals = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT series_code, province_code, commune, metric, people FROM coverage_totals"
                     + " ORDER BY series_code, province_code, commune, metric")) {
            while (rs.next()) {
                totals.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4) + " " + rs.getLong(5));
            }
        }
        assertThat(totals).containsExactly("COVID-19 01 c1 FIRST_DOSE 5", "COVID-19 01 c1 SECOND_DOSE 1",
                "COVID-19 01 c2 FIRST_DOSE 4", "MEASLES 46 - FIRST_DOSE 5");
    }

    private static void migrate(String url, Dialect dialect, String target) {
        Flyway.configure().dataSource(url, null, null).locations(dialect.migrationLocation())
                .javaMigrations(new ChainExistingLedgers()).target(target).load().migrate();
    }

    /** The newest migration before V48, whichever it is once other branches' migrations are merged. */
    private static String lastBefore48(String url, Dialect dialect) {
        MigrationVersion v48 = MigrationVersion.fromVersion("48");
        return java.util.Arrays.stream(Flyway.configure().dataSource(url, null, null).locations(dialect.migrationLocation())
                        .javaMigrations(new ChainExistingLedgers()).load().info().all())
                .map(MigrationInfo::getVersion).filter(v -> v != null && v.compareTo(v48) < 0)
                .max(MigrationVersion::compareTo).orElseThrow().getVersion();
    }
}
