package org.vaxline.coverage;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaxline.coverage.application.CoverageReport;
import org.vaxline.coverage.domain.DoseFacts;
import org.vaxline.facility.FacilityModule;
import org.vaxline.masterdata.demo.DemoMasterData;
import org.vaxline.platform.store.Dialect;
import org.vaxline.platform.store.Store;
import org.vaxline.testing.TestStores;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coverage moves with each dose and equals a full recount, on both stores. The dose history here is the list of
 * doses the test recorded: coverage is tested against what it was told, the registry's own tests cover the doses.
 */
class CoverageTest {
    @TempDir
    Path tempDir;

    private static DoseFacts dose(UUID person, int number, boolean booster, String day, String province, String group, String born) {
        return new DoseFacts(person, "COVID-19", number, booster, 3, LocalDate.parse(day), province, null, group, LocalDate.parse(born));
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void countsPeopleOncePerMilestoneByEveryDimensionAndEqualsARecount(Dialect dialect) {
        try (Store store = TestStores.open(dialect, tempDir)) {
            org.vaxline.app.Vaxline app = new org.vaxline.app.Vaxline(store, java.time.Clock.systemUTC());
            app.masterData().masterData().importDocument(org.vaxline.platform.security.Actor.operator("test"), DemoMasterData.document());
            List<DoseFacts> history = new ArrayList<>();
            CoverageModule coverage = new CoverageModule(store, app.facilities().facilities(), history::forEach);
            UUID an = UUID.randomUUID();
            UUID binh = UUID.randomUUID();
            for (DoseFacts d : List.of(
                    dose(an, 1, false, "2021-10-01", "01", "HEALTH_WORKER", "1990-05-14"),
                    dose(an, 2, false, "2021-10-15", "01", "HEALTH_WORKER", "1990-05-14"),
                    dose(an, 3, false, "2021-10-29", "01", "HEALTH_WORKER", "1990-05-14"),
                    dose(an, 1, true, "2022-03-01", "01", "HEALTH_WORKER", "1990-05-14"),
                    dose(binh, 1, false, "2021-10-01", "46", "OVER_65", "1950-01-01"))) {
                history.add(d);
                coverage.count().doseRecorded(d);
            }

            CoverageReport byProvince = coverage.queries().report("province", "COVID-19", null, null, null);
            assertThat(byProvince.groups()).extracting(CoverageReport.Group::key, CoverageReport.Group::firstDose,
                    CoverageReport.Group::secondDose, CoverageReport.Group::completeSeries, CoverageReport.Group::booster)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("01", 1L, 1L, 1L, 1L),
                            org.assertj.core.groups.Tuple.tuple("46", 1L, 0L, 0L, 0L));
            assertThat(byProvince.groups().get(0).population()).isPositive();
            assertThat(byProvince.groups().get(0).firstDosePercent()).isPositive();
            assertThat(coverage.queries().report("age", null, null, null, null).groups())
                    .extracting(CoverageReport.Group::label).containsExactly("18-49", "65+");
            assertThat(coverage.queries().report("day", null, null, LocalDate.parse("2021-10-01"), LocalDate.parse("2021-10-01"))
                    .groups()).singleElement().satisfies(g -> assertThat(g.firstDose()).isEqualTo(2));
            assertThat(coverage.queries().report("group", null, "46", null, null).groups()).singleElement()
                    .satisfies(g -> assertThat(g.key()).isEqualTo("OVER_65"));
            assertThat(coverage.recount().matched()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aRecountOfRandomHistoriesEqualsTheCoverageKeptDoseByDose(Dialect dialect) {
        try (Store store = TestStores.open(dialect, tempDir)) {
            List<DoseFacts> history = new ArrayList<>();
            CoverageModule coverage = new CoverageModule(store, null, history::forEach);
            Random random = new Random(dialect.ordinal());
            String[] provinces = {"01", "46", "79"};
            String[] groups = {"GENERAL", "OVER_65", "HEALTH_WORKER"};
            for (int p = 0; p < 60; p++) {
                UUID person = UUID.randomUUID();
                String province = provinces[random.nextInt(provinces.length)];
                String group = groups[random.nextInt(groups.length)];
                String born = (1940 + random.nextInt(70)) + "-06-15";
                int doses = 1 + random.nextInt(5);
                LocalDate day = LocalDate.parse("2021-09-01").plusDays(random.nextInt(60));
                for (int n = 1; n <= doses; n++) {
                    boolean booster = n > 3;
                    DoseFacts d = new DoseFacts(person, "COVID-19", booster ? n - 3 : n, booster, 3, day, province, null, group,
                            LocalDate.parse(born));
                    history.add(d);
                    coverage.count().doseRecorded(d);
                    day = day.plusDays(14 + random.nextInt(30));
                }
            }
            assertThat(coverage.recount().matched()).isTrue();
            store.inTransaction(h -> h.execute("UPDATE coverage_counts SET people = people + 1 WHERE metric = 'BOOSTER'"));
            assertThat(coverage.recount().mismatchesBefore()).isPositive();
            assertThat(coverage.recount().matched()).isTrue();
        }
    }
}
