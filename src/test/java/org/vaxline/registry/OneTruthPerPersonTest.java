package org.vaxline.registry;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaxline.coverage.application.CoverageReport;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.store.Dialect;
import org.vaxline.registry.domain.Dose;
import org.vaxline.registry.domain.DoseReversal;
import org.vaxline.testing.ContractClient;
import org.vaxline.testing.ModuleServer;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vaxline.registry.RegistryWorld.ADMIN;
import static org.vaxline.registry.RegistryWorld.SITE;
import static org.vaxline.registry.RegistryWorld.TODAY;
import static org.vaxline.registry.RegistryWorld.VACCINATOR;

/**
 * Issue 7's findings on the dose record, each on SQLite and PostgreSQL: parallel doses for one person, dates against the
 * facts, merges counted once by schedule and coverage, and doses reversed with their stock returned.
 */
class OneTruthPerPersonTest {
    private static final int PARALLEL = 20;

    @TempDir
    Path tempDir;

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void parallelDosesForOnePersonRecordOneAndRefuseTheOthersByTheRuleTheyBreak(Dialect dialect) throws Exception {
        try (RegistryWorld w = new RegistryWorld(dialect, tempDir);
             ModuleServer server = ModuleServer.start(Map.of("vacc", VACCINATOR), w.registry.routes())) {
            UUID person = w.person("Nguyễn Song Song");
            UUID lot = w.stockedLot("P1", 100);
            ContractClient client = server.client();
            List<ContractClient.Answer> answers = parallel(PARALLEL, i -> client.call("POST", "/api/v1/doses", "vacc", """
                    {"id": "%s", "personId": "%s", "productId": "%s", "lotId": "%s", "siteId": "%s", "givenOn": "%s"}"""
                    .formatted(Ids.newId(), person, w.abdala, lot, SITE, TODAY)));

            assertThat(answers).filteredOn(a -> a.status() == 201).hasSize(1);
            assertThat(answers).filteredOn(a -> a.status() != 201)
                    .allSatisfy(a -> {
                        assertThat(a.status()).isEqualTo(422);
                        assertThat(a.json().path("code").asText()).isEqualTo("DOSE_INTERVAL_TOO_SHORT");
                    });
            var doses = w.registry.queries().ofPerson(person);
            assertThat(doses.doses()).extracting(Dose::doseNumber).containsExactly(1);
            assertThat(doses.schedules()).singleElement().satisfies(s -> assertThat(s.complete()).isFalse());
            assertThat(w.onHand(SITE, lot)).isEqualTo(99);
            assertThat(w.ledgerSum(SITE, lot)).isEqualTo(99);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aDoseIsDatedAgainstTheFactsItDependsOnAndARefusalMovesNothing(Dialect dialect) {
        try (RegistryWorld w = new RegistryWorld(dialect, tempDir)) {
            UUID person = w.person("Trần Thị Ngày");   // born 1990-05-01
            UUID lot = w.releasedLot("D1", "2022-02-28");   // made 2021-02-28, released 2021-03-14, at the site from 2021-03-20
            w.app.stock().recordMovement().record(ADMIN, new org.vaxline.stock.application.MovementRequest(Ids.newId(),
                    org.vaxline.stock.domain.MovementType.RECEIPT, SITE, lot, null, 10L, LocalDate.parse("2021-03-20"), null,
                    "AWB", null, null, null, null));
            Map<String, String> refusals = Map.of(
                    "1989-01-01", "DOSE_BEFORE_BIRTH",
                    "2021-01-15", "DOSE_BEFORE_MANUFACTURE",
                    "2021-03-01", "LOT_NOT_YET_RELEASED",
                    "2021-03-19", "DOSE_BEFORE_ARRIVAL",
                    TODAY.plusDays(1).toString(), "DOSE_IN_FUTURE");
            refusals.forEach((day, code) -> assertThatThrownBy(() -> w.give(person, lot, LocalDate.parse(day)))
                    .as(day).isInstanceOfSatisfying(VaxlineException.class, e -> assertThat(e.code().name()).isEqualTo(code)));
            assertThatThrownBy(() -> w.registry.sessions().open(VACCINATOR, null, SITE, TODAY.plusDays(1)))
                    .isInstanceOfSatisfying(VaxlineException.class, e -> assertThat(e.fieldErrors()).containsKey("date"));
            assertThat(w.count("doses")).isZero();
            assertThat(w.count("vaccination_sessions")).isZero();
            assertThat(w.onHand(SITE, lot)).isEqualTo(10);
            assertThat(w.give(person, lot, LocalDate.parse("2021-03-20")).doseNumber()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void eligibilityIsTheProductsAgesAndTheGroupsAgesOnTheDayOfTheDose(Dialect dialect) {
        try (RegistryWorld w = new RegistryWorld(dialect, tempDir)) {
            UUID lot = w.stockedLot("G1", 10);
            UUID toddler = w.person("Bé Một Tuổi", LocalDate.parse("2020-06-01"), "GENERAL");
            UUID elder = w.person("Cụ Vừa Sáu Lăm", LocalDate.parse("1956-06-01"), "OVER_65");
            assertThatThrownBy(() -> w.give(toddler, lot, TODAY))
                    .isInstanceOfSatisfying(VaxlineException.class, e -> assertThat(e.code().name()).isEqualTo("DOSE_AGE_NOT_ELIGIBLE"));
            // 64 on the day of a dose recorded late: not yet of the group they were registered in
            assertThatThrownBy(() -> w.give(elder, lot, LocalDate.parse("2021-05-15")))
                    .isInstanceOfSatisfying(VaxlineException.class, e -> assertThat(e.code().name()).isEqualTo("DOSE_GROUP_NOT_ELIGIBLE"));
            assertThat(w.count("doses")).isZero();
            assertThat(w.onHand(SITE, lot)).isEqualTo(10);
            assertThat(w.give(elder, lot, LocalDate.parse("2021-06-10")).doseNumber()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void todayIsTheProgrammesDayNotTheHosts(Dialect dialect) {
        // 23:30 UTC on 5 October is 06:30 on 6 October in Hà Nội: a dose given then is not in the future
        var hanoiMorning = java.time.Clock.fixed(java.time.Instant.parse("2021-10-05T23:30:00Z"),
                java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        java.util.TimeZone host = java.util.TimeZone.getDefault();
        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("UTC"));
        try (RegistryWorld w = new RegistryWorld(dialect, tempDir, hanoiMorning)) {
            UUID person = w.person("Lê Văn Sáng");
            UUID lot = w.stockedLot("T1", 10);
            assertThat(w.give(person, lot, LocalDate.parse("2021-10-06")).givenOn()).isEqualTo("2021-10-06");
            assertThatThrownBy(() -> w.give(w.person("Lê Văn Mai"), lot, LocalDate.parse("2021-10-07")))
                    .isInstanceOfSatisfying(VaxlineException.class, e -> assertThat(e.code().name()).isEqualTo("DOSE_IN_FUTURE"));
        } finally {
            java.util.TimeZone.setDefault(host);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void afterAMergeThePersonIsDueOnceCountsOnceAndTheRecountAgrees(Dialect dialect) {
        try (RegistryWorld w = new RegistryWorld(dialect, tempDir)) {
            UUID survivor = w.person("Phạm Văn Hai");
            UUID duplicate = w.person("Pham Van Hai");
            UUID lot = w.stockedLot("M1", 10);
            w.give(survivor, lot, TODAY.minusDays(40));
            w.give(duplicate, lot, TODAY.minusDays(20));
            assertThat(firstDoses(w)).isEqualTo(2);

            w.app.persons().mergePersons().merge(ADMIN, Ids.newId(), survivor, duplicate, "registered twice");

            var due = w.registry.queries().dueAt(SITE, TODAY, null, 100).items();
            assertThat(due).extracting(e -> e.personId()).containsExactly(survivor);
            assertThat(due.get(0).doseNumber()).isEqualTo(3);
            assertThat(w.registry.queries().dueBy(TODAY)).extracting(e -> e.personId()).containsExactly(survivor);
            CoverageReport.Group hanoi = w.app.coverage().queries().report("province", "COVID-19", null, null, null).groups().get(0);
            assertThat(hanoi.firstDose()).isEqualTo(1);
            assertThat(hanoi.secondDose()).isEqualTo(1);
            assertThat(w.app.coverage().recount().matched()).isTrue();
            assertThat(w.registry.rebuildSchedules().matched()).isTrue();
            // the next dose is the third, for the survivor, and counts as such
            assertThat(w.give(duplicate, lot, TODAY).doseNumber()).isEqualTo(3);
            assertThat(w.app.coverage().queries().report("province", "COVID-19", null, null, null).groups().get(0)
                    .completeSeries()).isEqualTo(1);
            assertThat(w.app.coverage().recount().matched()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aCorrectedProvinceOrGroupMovesCoverageWithIt(Dialect dialect) {
        try (RegistryWorld w = new RegistryWorld(dialect, tempDir)) {
            UUID person = w.person("Đinh Văn Sửa");   // Hà Nội, a health worker
            w.give(person, w.stockedLot("C1", 5), TODAY.minusDays(3));
            w.app.persons().correctPerson().correct(ADMIN, person, new org.vaxline.person.domain.CorrectionRequest(Ids.newId(),
                    null, null, null, null, "79", org.vaxline.masterdata.demo.DemoMasterData.facilityId("COMMUNE-79-1"),
                    "GENERAL", null, null, "lives in Hồ Chí Minh City; not a health worker"));
            var byProvince = w.app.coverage().queries().report("province", "COVID-19", null, null, null).groups();
            assertThat(byProvince).extracting(CoverageReport.Group::key, CoverageReport.Group::firstDose)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("79", 1L));
            assertThat(w.app.coverage().queries().report("group", "COVID-19", null, null, null).groups())
                    .extracting(CoverageReport.Group::key).containsExactly("GENERAL");
            assertThat(w.app.coverage().recount().matched()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aDoseRecordedInErrorIsReversedOnceWithItsStockReturnedAndEverythingFollowing(Dialect dialect) {
        try (RegistryWorld w = new RegistryWorld(dialect, tempDir)) {
            UUID wrong = w.person("Người Nhầm");
            UUID right = w.person("Người Đúng");
            UUID lot = w.stockedLot("V1", 10);
            Dose dose = w.give(wrong, lot, TODAY.minusDays(1));
            assertThat(w.onHand(SITE, lot)).isEqualTo(9);
            UUID reversalId = Ids.newId();

            var reversed = w.registry.reverseDose().reverse(VACCINATOR, reversalId, dose.id(), "recorded against the wrong person");
            assertThat(reversed.isNew()).isTrue();
            assertThat(w.onHand(SITE, lot)).isEqualTo(10);
            assertThat(w.ledgerSum(SITE, lot)).isEqualTo(10);
            assertThat(w.registry.queries().ofPerson(wrong).doses()).isEmpty();
            assertThat(w.registry.queries().ofPerson(wrong).schedules()).isEmpty();
            assertThat(w.registry.queries().view(dose.id()).orElseThrow().reversal()).extracting(DoseReversal::id).isEqualTo(reversalId);
            assertThat(w.app.coverage().queries().report("province", "COVID-19", null, null, null).groups())
                    .allSatisfy(g -> assertThat(g.firstDose()).isZero());
            assertThat(w.registry.queries().countOfLot(lot)).isZero();

            // a retry answers the same reversal; another reversal of the same dose, or other content, is refused
            assertThat(w.registry.reverseDose().reverse(VACCINATOR, reversalId, dose.id(), "recorded against the wrong person")
                    .isNew()).isFalse();
            assertThatThrownBy(() -> w.registry.reverseDose().reverse(VACCINATOR, reversalId, dose.id(), "another reason"))
                    .isInstanceOfSatisfying(VaxlineException.class, e -> assertThat(e.code().name()).isEqualTo("IDEMPOTENCY_CONFLICT"));
            assertThatThrownBy(() -> w.registry.reverseDose().reverse(VACCINATOR, Ids.newId(), dose.id(), "again"))
                    .isInstanceOfSatisfying(VaxlineException.class, e -> assertThat(e.code().name()).isEqualTo("DOSE_ALREADY_REVERSED"));
            assertThat(w.onHand(SITE, lot)).isEqualTo(10);

            // the right person's dose is then recorded as a new one, and everything agrees with its ledger
            assertThat(w.give(right, lot, TODAY.minusDays(1)).doseNumber()).isEqualTo(1);
            assertThat(w.app.coverage().recount().matched()).isTrue();
            assertThat(w.registry.rebuildSchedules().matched()).isTrue();
            assertThat(w.app.stock().rebuildBalances().matched()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aReversalIsRefusedOutsideTheSitesScopeAndWithoutAReason(Dialect dialect) {
        try (RegistryWorld w = new RegistryWorld(dialect, tempDir)) {
            Dose dose = w.give(w.person("Võ Văn Phạm"), w.stockedLot("S9", 5), TODAY);
            Actor elsewhere = new Actor("other.site", org.vaxline.platform.security.Role.SITE_VACCINATOR, RegistryWorld.OTHER_SITE, "01");
            assertThatThrownBy(() -> w.registry.reverseDose().reverse(elsewhere, null, dose.id(), "mine"))
                    .isInstanceOfSatisfying(VaxlineException.class, e -> assertThat(e.code().name()).isEqualTo("FORBIDDEN"));
            assertThatThrownBy(() -> w.registry.reverseDose().reverse(VACCINATOR, null, dose.id(), " "))
                    .isInstanceOfSatisfying(VaxlineException.class, e -> assertThat(e.code().name()).isEqualTo("DOSE_REVERSAL_INVALID"));
            assertThat(w.count("dose_reversals")).isZero();
        }
    }

    private static long firstDoses(RegistryWorld w) {
        return w.app.coverage().queries().report("province", "COVID-19", null, null, null).groups().stream()
                .mapToLong(CoverageReport.Group::firstDose).sum();
    }

    private static <T> List<T> parallel(int n, java.util.function.IntFunction<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.apply(index);
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
