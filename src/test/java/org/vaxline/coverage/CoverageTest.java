package org.vaxline.coverage;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaxline.coverage.application.CoverageReport;
import org.vaxline.coverage.application.PersonHistories;
import org.vaxline.coverage.domain.PersonFacts;
import org.vaxline.coverage.domain.PersonHistory;
import org.vaxline.coverage.domain.SeriesDose;
import org.vaxline.masterdata.demo.DemoMasterData;
import org.vaxline.platform.store.Dialect;
import org.vaxline.platform.store.Store;
import org.vaxline.testing.TestStores;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Coverage moves with what it is told and equals a full recount, on both stores. The people and their doses here are
 * what the test says they are (an in-memory {@link PersonHistories}): coverage is tested against what it was told; the
 * registry's own tests (OneTruthPerPersonTest) cover the wiring to real doses, merges and reversals.
 */
class CoverageTest {
    private static final String SERIES = "COVID-19";

    @TempDir
    Path tempDir;

    /** People and their doses as the registries would answer them. */
    private static final class People implements PersonHistories {
        final Map<UUID, PersonFacts> facts = new LinkedHashMap<>();
        final Map<UUID, List<SeriesDose>> doses = new LinkedHashMap<>();

        UUID add(String province, String group, String born) {
            UUID id = UUID.randomUUID();
            facts.put(id, new PersonFacts(id, province, null, group, LocalDate.parse(born)));
            doses.put(id, new ArrayList<>());
            return id;
        }

        List<SeriesDose> give(UUID person, String day) {
            doses.get(person).add(new SeriesDose(LocalDate.parse(day), 3));
            return List.copyOf(doses.get(person));
        }

        @Override
        public Optional<PersonFacts> person(UUID survivorId) {
            return Optional.ofNullable(facts.get(survivorId));
        }

        @Override
        public Optional<PersonHistory> of(UUID survivorId) {
            return person(survivorId).map(p -> new PersonHistory(p, doses.get(survivorId).isEmpty() ? Map.of()
                    : Map.of(SERIES, List.copyOf(doses.get(survivorId)))));
        }

        @Override
        public void forEach(Consumer<PersonHistory> each) {
            facts.keySet().forEach(id -> of(id).ifPresent(each));
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void countsPeopleOncePerMilestoneByEveryDimensionAndEqualsARecount(Dialect dialect) {
        try (Store store = TestStores.open(dialect, tempDir)) {
            org.vaxline.app.Vaxline app = new org.vaxline.app.Vaxline(store, java.time.Clock.systemUTC());
            app.masterData().masterData().importDocument(org.vaxline.platform.security.Actor.operator("test"), DemoMasterData.document());
            People people = new People();
            CoverageModule coverage = new CoverageModule(store, app.facilities().facilities(), people);
            UUID an = people.add("01", "HEALTH_WORKER", "1990-05-14");
            UUID binh = people.add("46", "OVER_65", "1950-01-01");
            for (String day : List.of("2021-10-01", "2021-10-15", "2021-10-29", "2022-03-01")) {
                coverage.count().seriesChanged(an, SERIES, people.give(an, day));
            }
            coverage.count().seriesChanged(binh, SERIES, people.give(binh, "2021-10-01"));

            CoverageReport byProvince = coverage.queries().report("province", SERIES, null, null, null);
            assertThat(byProvince.groups()).extracting(CoverageReport.Group::key, CoverageReport.Group::firstDose,
                    CoverageReport.Group::secondDose, CoverageReport.Group::completeSeries, CoverageReport.Group::booster)
                    .containsExactly(tuple("01", 1L, 1L, 1L, 1L), tuple("46", 1L, 0L, 0L, 0L));
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
    void aMergedPersonCountsOnceAndARecountCatchesADoubleCount(Dialect dialect) {
        try (Store store = TestStores.open(dialect, tempDir)) {
            People people = new People();
            CoverageModule coverage = new CoverageModule(store, null, people);
            UUID survivor = people.add("01", "GENERAL", "1980-01-01");
            UUID duplicate = people.add("01", "GENERAL", "1980-01-01");
            coverage.count().seriesChanged(survivor, SERIES, people.give(survivor, "2021-10-01"));
            coverage.count().seriesChanged(duplicate, SERIES, people.give(duplicate, "2021-10-20"));
            assertThat(firstAndSecond(coverage)).containsExactly(tuple(2L, 0L));

            // the registries merge them: the duplicate's dose now counts for the survivor, who has had two
            merge(people, survivor, duplicate);
            coverage.count().personChanged(survivor, List.of(duplicate));
            assertThat(firstAndSecond(coverage)).containsExactly(tuple(1L, 1L));
            assertThat(coverage.recount().mismatchesBefore()).isZero();

            // a merge coverage was not told of: the recount, by surviving identity, sees the double count
            UUID other = people.add("01", "GENERAL", "1980-01-01");
            coverage.count().seriesChanged(other, SERIES, people.give(other, "2021-10-02"));
            merge(people, survivor, other);
            assertThat(coverage.recount().mismatchesBefore()).isPositive();
            assertThat(firstAndSecond(coverage)).containsExactly(tuple(1L, 1L));
        }
    }

    private static void merge(People people, UUID survivor, UUID duplicate) {
        people.doses.get(survivor).addAll(people.doses.remove(duplicate));
        people.doses.get(survivor).sort(java.util.Comparator.comparing(SeriesDose::givenOn));
        people.facts.remove(duplicate);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aCorrectedProvinceOrBirthDateMovesThePersonAndNothingElse(Dialect dialect) {
        try (Store store = TestStores.open(dialect, tempDir)) {
            org.vaxline.app.Vaxline app = new org.vaxline.app.Vaxline(store, java.time.Clock.systemUTC());
            app.masterData().masterData().importDocument(org.vaxline.platform.security.Actor.operator("test"), DemoMasterData.document());
            People people = new People();
            CoverageModule coverage = new CoverageModule(store, app.facilities().facilities(), people);
            UUID an = people.add("01", "GENERAL", "1980-01-01");
            UUID binh = people.add("01", "GENERAL", "1980-01-01");
            coverage.count().seriesChanged(an, SERIES, people.give(an, "2021-10-01"));
            coverage.count().seriesChanged(binh, SERIES, people.give(binh, "2021-10-01"));

            people.facts.put(an, new PersonFacts(an, "79", null, "GENERAL", LocalDate.parse("1950-01-01")));
            coverage.count().personChanged(an, List.of());
            assertThat(coverage.queries().report("province", SERIES, null, null, null).groups())
                    .extracting(CoverageReport.Group::key, CoverageReport.Group::firstDose)
                    .containsExactly(tuple("01", 1L), tuple("79", 1L));
            assertThat(coverage.queries().report("age", SERIES, null, null, null).groups())
                    .extracting(CoverageReport.Group::key, CoverageReport.Group::firstDose)
                    .containsExactlyInAnyOrder(tuple("AGE_18_49", 1L), tuple("AGE_65_PLUS", 1L));
            assertThat(coverage.recount().mismatchesBefore()).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aRecountOfRandomHistoriesEqualsTheCoverageKeptDoseByDose(Dialect dialect) {
        try (Store store = TestStores.open(dialect, tempDir)) {
            People people = new People();
            CoverageModule coverage = new CoverageModule(store, null, people);
            Random random = new Random(dialect.ordinal());
            String[] provinces = {"01", "46", "79"};
            String[] groups = {"GENERAL", "OVER_65", "HEALTH_WORKER"};
            for (int p = 0; p < 60; p++) {
                UUID person = people.add(provinces[random.nextInt(provinces.length)], groups[random.nextInt(groups.length)],
                        (1940 + random.nextInt(70)) + "-06-15");
                LocalDate day = LocalDate.parse("2021-09-01").plusDays(random.nextInt(60));
                for (int n = 1 + random.nextInt(5); n > 0; n--) {
                    coverage.count().seriesChanged(person, SERIES, people.give(person, day.toString()));
                    day = day.plusDays(14 + random.nextInt(30));
                }
            }
            assertThat(coverage.recount().matched()).isTrue();
            store.inTransaction(h -> h.execute("UPDATE coverage_counts SET people = people + 1 WHERE metric = 'BOOSTER'"));
            assertThat(coverage.recount().mismatchesBefore()).isPositive();
            assertThat(coverage.recount().matched()).isTrue();
        }
    }

    private static List<org.assertj.core.groups.Tuple> firstAndSecond(CoverageModule coverage) {
        return coverage.queries().report("group", SERIES, null, null, null).groups().stream()
                .map(g -> tuple(g.firstDose(), g.secondDose())).toList();
    }

    /**
     * The roll-up read by whole-period reports by province and commune equals the cube summed over its days after
     * doses, reversals, a merge, a corrected province and a rebuild; a drifted roll-up is a mismatch the rebuild mends.
     */
    @ParameterizedTest
    @EnumSource(Dialect.class)
    void theRollUpEqualsTheCubeAfterDosesReversalsMergesAndARebuild(Dialect dialect) {
        try (Store store = TestStores.open(dialect, tempDir)) {
            People people = new People();
            org.vaxline.app.Vaxline app = new org.vaxline.app.Vaxline(store, java.time.Clock.systemUTC());
            app.masterData().masterData().importDocument(org.vaxline.platform.security.Actor.operator("test"), DemoMasterData.document());
            CoverageModule coverage = new CoverageModule(store, app.facilities().facilities(), people);
            Random random = new Random(7 + dialect.ordinal());
            String[] provinces = {"01", "46", "79"};
            List<UUID> everyone = new ArrayList<>();
            List<UUID> communes = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
            for (int p = 0; p < 40; p++) {
                UUID person = people.add(provinces[random.nextInt(provinces.length)], "GENERAL", (1940 + random.nextInt(70)) + "-06-15");
                PersonFacts facts = people.facts.get(person);
                UUID commune = random.nextInt(4) == 0 ? null : communes.get(random.nextInt(communes.size()));
                people.facts.put(person, new PersonFacts(person, facts.provinceCode(), commune, facts.priorityGroup(), facts.dateOfBirth()));
                everyone.add(person);
                LocalDate day = LocalDate.parse("2021-09-01").plusDays(random.nextInt(60));
                for (int n = 1 + random.nextInt(4); n > 0; n--) {
                    List<SeriesDose> before = List.copyOf(people.doses.get(person));
                    coverage.count().seriesGrew(person, SERIES, before, people.give(person, day.toString()));
                    day = day.plusDays(14 + random.nextInt(30));
                }
            }
            assertRollUpEqualsCube(store, coverage);

            // a reversed dose: the series is one dose shorter
            for (UUID person : everyone.subList(0, 10)) {
                List<SeriesDose> doses = people.doses.get(person);
                doses.remove(doses.size() - 1);
                coverage.count().seriesChanged(person, SERIES, List.copyOf(doses));
            }
            // a merge and a corrected province
            merge(people, everyone.get(10), everyone.get(11));
            coverage.count().personChanged(everyone.get(10), List.of(everyone.get(11)));
            UUID moved = everyone.get(12);
            people.facts.put(moved, new PersonFacts(moved, "46".equals(people.facts.get(moved).provinceCode()) ? "79" : "46",
                    communes.get(0), "GENERAL", LocalDate.parse("1960-01-01")));
            coverage.count().personChanged(moved, List.of());
            assertRollUpEqualsCube(store, coverage);
            assertThat(coverage.recount().mismatchesBefore()).isZero();

            // the roll-up drifts from the cube: the recount sees it and the rebuild mends it
            store.inTransaction(h -> h.execute("UPDATE coverage_totals SET people = people + 1 WHERE metric = 'FIRST_DOSE'"));
            assertThat(coverage.recount().mismatchesBefore()).isPositive();
            assertThat(coverage.recount().matched()).isTrue();
            assertRollUpEqualsCube(store, coverage);
        }
    }

    /** Whole-period reports (read from the roll-up) equal the same reports over a period spanning every day (the cube). */
    private static void assertRollUpEqualsCube(Store store, CoverageModule coverage) {
        LocalDate first = LocalDate.parse("2000-01-01");
        LocalDate last = LocalDate.parse("2100-01-01");
        for (String by : List.of("province", "commune")) {
            for (String province : java.util.Arrays.asList(null, "46")) {
                for (String series : java.util.Arrays.asList(null, SERIES, "MEASLES")) {
                    CoverageReport rolledUp = coverage.queries().report(by, series, province, null, null);
                    CoverageReport cube = coverage.queries().report(by, series, province, first, last);
                    assertThat(rolledUp.groups()).as("%s %s %s", by, series, province).isEqualTo(cube.groups());
                }
            }
        }
        assertThat(coverage.queries().report("province", null, null, null, null).groups()).isNotEmpty();
        long cube = store.read(h -> h.createQuery("SELECT COALESCE(SUM(people), 0) FROM coverage_counts").mapTo(Long.class).one());
        long rollUp = store.read(h -> h.createQuery("SELECT COALESCE(SUM(people), 0) FROM coverage_totals").mapTo(Long.class).one());
        assertThat(rollUp).isEqualTo(cube).isPositive();
    }
}
