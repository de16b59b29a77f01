package org.vaxline.registry;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaxline.lot.domain.HoldSource;
import org.vaxline.lot.domain.NewHold;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.id.Recorded;
import org.vaxline.platform.store.Dialect;
import org.vaxline.registry.application.DoseRequest;
import org.vaxline.registry.application.PersonDoses;
import org.vaxline.registry.application.RecordDose;
import org.vaxline.registry.domain.Dose;
import org.vaxline.registry.domain.DoseKind;
import org.vaxline.registry.domain.Schedule;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vaxline.registry.RegistryWorld.ADMIN;
import static org.vaxline.registry.RegistryWorld.OTHER_SITE;
import static org.vaxline.registry.RegistryWorld.SITE;
import static org.vaxline.registry.RegistryWorld.TODAY;
import static org.vaxline.registry.RegistryWorld.VACCINATOR;
import static org.vaxline.registry.RegistryWorld.dose;

/** Recording doses on SQLite and PostgreSQL: numbers inferred, intervals, every lot refusal with nothing written, retries. */
class DoseRegistryTest {
    @TempDir
    Path tempDir;

    private static final LocalDate D1 = TODAY.minusDays(40);

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void infersDoseNumbersAndTakesOneDoseFromTheSiteEachTime(Dialect dialect) {
        try (RegistryWorld w = new RegistryWorld(dialect, tempDir)) {
            UUID lot = w.stockedLot("A1", 100);
            UUID an = w.person("Nguyễn Văn An");
            Dose first = w.give(an, lot, D1);
            Dose second = w.give(an, lot, D1.plusDays(14));
            Dose third = w.give(an, lot, D1.plusDays(30));
            assertThat(first.doseNumber()).isEqualTo(1);
            assertThat(second.doseNumber()).isEqualTo(2);
            assertThat(third.doseNumber()).isEqualTo(3);
            assertThat(third.kind()).isEqualTo(DoseKind.PRIMARY);
            assertThat(third.seriesCode()).isEqualTo("COVID-19");
            assertThat(third.provinceCode()).isEqualTo("01");
            assertThat(third.recordedBy()).isEqualTo(VACCINATOR.name());
            assertThat(w.onHand(SITE, lot)).isEqualTo(97).isEqualTo(w.ledgerSum(SITE, lot));
            assertThat(w.registry.queries().countOfLot(lot)).isEqualTo(3);
            assertThat(w.registry.queries().recipientsCountOfLot(lot)).as("three doses, one person").isEqualTo(1);
            assertThat(w.registry.queries().recipientsOfLot(lot, null, 10).items()).extracting(Dose::personId).containsOnly(an);
            var issue = w.app.stock().queries().request(first.stockRequestId());
            assertThat(issue).singleElement().satisfies(m -> {
                assertThat(m.quantity()).isEqualTo(-1);
                assertThat(m.reference()).isEqualTo("dose " + first.id());
            });
            PersonDoses read = w.registry.queries().ofPerson(an);
            assertThat(read.doses()).hasSize(3);
            Schedule s = read.schedules().get(0);
            assertThat(s.complete()).isTrue();
            assertThat(s.nextKind()).isEqualTo(DoseKind.BOOSTER);
            assertThat(s.earliestOn()).isEqualTo(D1.plusDays(30 + 90));
            assertThatThrownBy(() -> w.give(an, lot, TODAY)).isInstanceOfSatisfying(VaxlineException.class,
                    e -> assertThat(e.code().name()).isEqualTo("DOSE_INTERVAL_TOO_SHORT"));
            assertThat(w.registry.rebuildSchedules().matched()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void refusesAShortIntervalNamingTheEarliestDateUnlessAReasonIsGiven(Dialect dialect) {
        try (RegistryWorld w = new RegistryWorld(dialect, tempDir)) {
            UUID lot = w.stockedLot("A1", 100);
            UUID an = w.person("Nguyễn Văn An");
            w.give(an, lot, D1);
            assertThatThrownBy(() -> w.give(an, lot, D1.plusDays(10))).isInstanceOfSatisfying(VaxlineException.class, e -> {
                assertThat(e.code().name()).isEqualTo("DOSE_INTERVAL_TOO_SHORT");
                assertThat(e.getMessage()).contains(D1.plusDays(14).toString());
                assertThat(e.details()).containsEntry("earliestOn", D1.plusDays(14).toString());
            });
            assertThat(w.count("doses")).isEqualTo(1);
            assertThat(w.onHand(SITE, lot)).isEqualTo(99);
            DoseRequest early = new DoseRequest(Ids.newId(), an, w.abdala, lot, SITE, D1.plusDays(10), null, "outbreak response");
            Dose given = w.registry.recordDose().record(VACCINATOR, early).value();
            assertThat(given.doseNumber()).isEqualTo(2);
            assertThat(given.intervalOverrideReason()).isEqualTo("outbreak response");
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void refusesUnusableLotsAndSitesWithoutStockWritingNothing(Dialect dialect) {
        try (RegistryWorld w = new RegistryWorld(dialect, tempDir)) {
            UUID an = w.person("Nguyễn Văn An");
            UUID quarantined = w.lot("Q1", "2022-02-28");
            w.receive(SITE, quarantined, 50);
            UUID expiring = w.releasedLot("E1", "2021-09-10");
            w.receive(SITE, expiring, 50);
            UUID held = w.stockedLot("H1", 50);
            w.app.lots().placeHold().place(ADMIN, held, new NewHold(Ids.newId(), SITE, "VVM stage 3", HoldSource.MANUAL, null));
            UUID elsewhere = w.releasedLot("O1", "2022-02-28");
            w.receive(OTHER_SITE, elsewhere, 50);
            int doses = w.count("doses");
            int movements = w.count("stock_movements");

            expectRefused(w, dose(an, w.abdala, quarantined, SITE, D1), "LOT_QUARANTINED");
            expectRefused(w, dose(an, w.abdala, expiring, SITE, LocalDate.parse("2021-09-11")), "LOT_EXPIRED");
            expectRefused(w, dose(an, w.abdala, held, SITE, D1), "LOT_ON_HOLD");
            expectRefused(w, dose(an, w.abdala, elsewhere, SITE, D1), "STOCK_INSUFFICIENT");
            assertThat(w.count("doses")).isEqualTo(doses).isZero();
            assertThat(w.count("stock_movements")).isEqualTo(movements);
            assertThat(w.count("person_schedule")).isZero();
            // expired the day after: the last day of use is still good
            assertThat(w.registry.recordDose().record(VACCINATOR, dose(an, w.abdala, expiring, SITE, LocalDate.parse("2021-09-10")))
                    .value().doseNumber()).isEqualTo(1);
        }
    }

    private static void expectRefused(RegistryWorld w, DoseRequest request, String code) {
        assertThatThrownBy(() -> w.registry.recordDose().record(VACCINATOR, request))
                .isInstanceOfSatisfying(VaxlineException.class, e -> assertThat(e.code().name()).as(e.getMessage()).isEqualTo(code));
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aRetryIsRecordedOnceAndOtherContentUnderItsIdIsAConflict(Dialect dialect) {
        try (RegistryWorld w = new RegistryWorld(dialect, tempDir)) {
            UUID lot = w.stockedLot("A1", 100);
            UUID an = w.person("Nguyễn Văn An");
            DoseRequest request = dose(an, w.abdala, lot, SITE, D1);
            Recorded<Dose> first = w.registry.recordDose().record(VACCINATOR, request);
            Recorded<Dose> again = w.registry.recordDose().record(VACCINATOR, request);
            assertThat(first.isNew()).isTrue();
            assertThat(again.isNew()).isFalse();
            assertThat(again.value()).isEqualTo(first.value());
            assertThat(w.count("doses")).isEqualTo(1);
            assertThat(w.onHand(SITE, lot)).isEqualTo(99);
            DoseRequest changed = new DoseRequest(request.id(), an, w.abdala, lot, SITE, D1.plusDays(1), null, null);
            expectRefused(w, changed, "IDEMPOTENCY_CONFLICT");
            var outsider = new org.vaxline.platform.security.Actor("other.site", org.vaxline.platform.security.Role.SITE_VACCINATOR,
                    OTHER_SITE, "01");
            assertThatThrownBy(() -> w.registry.recordDose().record(outsider, dose(an, w.abdala, lot, SITE, D1.plusDays(20))))
                    .isInstanceOfSatisfying(VaxlineException.class, e -> assertThat(e.code().name()).isEqualTo("FORBIDDEN"));
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void theDueListNamesWhoIsDueAndWhoIsOverdue(Dialect dialect) {
        try (RegistryWorld w = new RegistryWorld(dialect, tempDir)) {
            UUID lot = w.stockedLot("A1", 100);
            UUID an = w.person("Nguyễn Văn An");
            UUID binh = w.person("Trần Thị Bình");
            UUID chi = w.person("Lê Văn Chí");
            w.give(an, lot, TODAY.minusDays(20));    // dose 2 due 6 days ago: overdue
            w.give(binh, lot, TODAY.minusDays(14));  // due today
            w.give(chi, lot, TODAY.minusDays(3));    // not yet due
            var due = w.registry.queries().dueAt(SITE, TODAY, null, 100);
            assertThat(due.items()).extracting(e -> e.personId()).containsExactlyInAnyOrder(an, binh);
            var anEntry = due.items().stream().filter(e -> e.personId().equals(an)).findFirst().orElseThrow();
            assertThat(anEntry.doseNumber()).isEqualTo(2);
            assertThat(anEntry.overdue()).isTrue();
            assertThat(anEntry.earliestOn()).isEqualTo(TODAY.minusDays(6));
            assertThat(due.items().stream().filter(e -> e.personId().equals(binh)).findFirst().orElseThrow().overdue()).isFalse();
            assertThat(w.registry.queries().dueAt(OTHER_SITE, TODAY, null, 100).items()).isEmpty();
            var page = w.registry.queries().dueAt(SITE, TODAY, null, 1);
            assertThat(page.items()).hasSize(1);
            assertThat(w.registry.queries().dueAt(SITE, TODAY, UUID.fromString(page.next()), 1).items()).hasSize(1);
        }
    }
}
