package org.vaxline.aefi;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaxline.aefi.application.AdministeredDoses.DoseRef;
import org.vaxline.aefi.application.AefiRequest;
import org.vaxline.aefi.application.FollowupRequest;
import org.vaxline.aefi.application.RecallReport;
import org.vaxline.aefi.application.RecallRequest;
import org.vaxline.aefi.domain.AefiCase;
import org.vaxline.aefi.domain.AefiFilter;
import org.vaxline.aefi.domain.AefiOutcome;
import org.vaxline.aefi.domain.Causality;
import org.vaxline.aefi.domain.LotRate;
import org.vaxline.aefi.domain.Recall;
import org.vaxline.aefi.domain.SeriousCriterion;
import org.vaxline.aefi.domain.Seriousness;
import org.vaxline.lot.domain.HoldSource;
import org.vaxline.lot.domain.LotState;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.id.Recorded;
import org.vaxline.platform.store.Dialect;
import org.vaxline.platform.store.Projection;
import org.vaxline.stock.application.MovementRequest;
import org.vaxline.stock.domain.MovementType;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vaxline.aefi.AefiWorld.ADMIN;
import static org.vaxline.aefi.AefiWorld.HANOI_CDC;
import static org.vaxline.aefi.AefiWorld.HANOI_MANAGER;
import static org.vaxline.aefi.AefiWorld.HANOI_SITE;
import static org.vaxline.aefi.AefiWorld.HANOI_VACCINATOR;
import static org.vaxline.aefi.AefiWorld.HUE_CDC;
import static org.vaxline.aefi.AefiWorld.NATIONAL_STORE;
import static org.vaxline.aefi.AefiWorld.NOW;
import static org.vaxline.aefi.AefiWorld.TODAY;

/** Reports, follow-ups, lot rates and recalls on SQLite and PostgreSQL, with a listed dose registry behind the port. */
class AefiLedgerTest {
    @TempDir
    Path tempDir;

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void reportsNonSeriousAndSeriousEventsCopyingTheDoseAndRetriesFindThem(Dialect dialect) {
        try (AefiWorld w = new AefiWorld(dialect, tempDir)) {
            UUID lot = w.releasedLot("A2101");
            DoseRef dose = w.dose(lot);
            UUID mild = Ids.newId();

            Recorded<AefiCase> first = w.report(HANOI_VACCINATOR, AefiWorld.nonSerious(mild, dose.doseId()));
            assertThat(first.isNew()).isTrue();
            assertThat(first.value().report().personId()).isEqualTo(dose.personId());
            assertThat(first.value().report().lotId()).isEqualTo(lot);
            assertThat(first.value().report().siteId()).isEqualTo(HANOI_SITE);
            assertThat(first.value().report().provinceCode()).isEqualTo("01");
            assertThat(first.value().report().givenOn()).isEqualTo(dose.givenOn());
            assertThat(first.value().classification()).isEqualTo(Causality.PENDING);
            assertThat(first.value().report().recordedBy()).isEqualTo("site.vacc");

            Recorded<AefiCase> retry = w.report(HANOI_VACCINATOR, AefiWorld.nonSerious(mild, dose.doseId()));
            assertThat(retry.isNew()).isFalse();
            assertThat(retry.value().report()).isEqualTo(first.value().report());
            assertThatThrownBy(() -> w.report(HANOI_VACCINATOR, new AefiRequest(mild, dose.doseId(), NOW.minusSeconds(3600),
                    Seriousness.NON_SERIOUS, List.of(), null, AefiOutcome.RECOVERED, "other")))
                    .isInstanceOfSatisfying(VaxlineException.class, e -> assertThat(e.code().name()).isEqualTo("IDEMPOTENCY_CONFLICT"));

            UUID grave = Ids.newId();
            AefiCase serious = w.report(HANOI_MANAGER, AefiWorld.serious(grave, dose.doseId())).value();
            assertThat(serious.report().seriousCriteria()).containsExactly(SeriousCriterion.HOSPITALIZATION);

            assertThat(w.aefi.queries().page(new AefiFilter(lot, null, true), null, 10).items())
                    .extracting(c -> c.report().id()).containsExactly(grave);
            assertThat(w.aefi.queries().page(new AefiFilter(null, "01", null), null, 1).next()).isEqualTo(mild.toString());
            assertThat(w.count("aefi_reports")).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void namesEveryFaultAndWritesNothing(Dialect dialect) {
        try (AefiWorld w = new AefiWorld(dialect, tempDir)) {
            UUID lot = w.releasedLot("A2102");
            DoseRef dose = w.dose(lot);

            assertThatThrownBy(() -> w.report(ADMIN, new AefiRequest(Ids.newId(), null, NOW.plusSeconds(3600), Seriousness.SERIOUS,
                    List.of(), null, null, " ")))
                    .isInstanceOfSatisfying(VaxlineException.class, e -> {
                        assertThat(e.code().name()).isEqualTo("AEFI_INVALID");
                        assertThat(e.fieldErrors()).containsOnlyKeys("doseId", "onsetAt", "seriousCriteria", "outcome", "description");
                    });
            assertThatThrownBy(() -> w.report(ADMIN, new AefiRequest(Ids.newId(), dose.doseId(), NOW.minusSeconds(60),
                    Seriousness.NON_SERIOUS, List.of(SeriousCriterion.DEATH), null, AefiOutcome.DIED, "died")))
                    .isInstanceOfSatisfying(VaxlineException.class, e -> assertThat(e.fieldErrors()).containsKeys("seriousCriteria", "outcome"));
            assertThatThrownBy(() -> w.report(ADMIN, new AefiRequest(Ids.newId(), dose.doseId(), NOW.minusSeconds(30 * 86_400),
                    Seriousness.NON_SERIOUS, List.of(), null, AefiOutcome.RECOVERED, "before the dose")))
                    .isInstanceOfSatisfying(VaxlineException.class, e -> {
                        assertThat(e.code().name()).isEqualTo("AEFI_INVALID");
                        assertThat(e.fieldErrors()).containsOnlyKeys("onsetAt");
                    });
            assertThatThrownBy(() -> w.report(ADMIN, AefiWorld.nonSerious(Ids.newId(), Ids.newId())))
                    .isInstanceOfSatisfying(VaxlineException.class, e -> assertThat(e.code().name()).isEqualTo("NOT_FOUND"));
            assertThatThrownBy(() -> w.report(AefiWorld.HUE_MANAGER, AefiWorld.nonSerious(Ids.newId(), dose.doseId())))
                    .isInstanceOfSatisfying(VaxlineException.class, e -> assertThat(e.code().name()).isEqualTo("FORBIDDEN"));
            assertThatThrownBy(() -> w.report(AefiWorld.AUDITOR, AefiWorld.nonSerious(Ids.newId(), dose.doseId())))
                    .isInstanceOfSatisfying(VaxlineException.class, e -> assertThat(e.code().name()).isEqualTo("FORBIDDEN"));

            UUID report = w.report(ADMIN, AefiWorld.nonSerious(Ids.newId(), dose.doseId())).value().report().id();
            assertThatThrownBy(() -> w.aefi.recordFollowup().record(ADMIN, report, new FollowupRequest(Ids.newId(), null, null, "nothing")))
                    .isInstanceOfSatisfying(VaxlineException.class, e -> assertThat(e.code().name()).isEqualTo("AEFI_FOLLOWUP_INVALID"));
            assertThatThrownBy(() -> w.aefi.settings().change(HANOI_MANAGER, BigDecimal.ONE))
                    .isInstanceOfSatisfying(VaxlineException.class, e -> assertThat(e.code().name()).isEqualTo("FORBIDDEN"));
            assertThatThrownBy(() -> w.aefi.settings().change(ADMIN, BigDecimal.valueOf(-1)))
                    .isInstanceOfSatisfying(VaxlineException.class, e -> assertThat(e.code().name()).isEqualTo("AEFI_SETTINGS_INVALID"));
            assertThatThrownBy(() -> w.aefi.recallLot().recall(ADMIN, lot, new RecallRequest(null, " ")))
                    .isInstanceOfSatisfying(VaxlineException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("reason"));
            assertThatThrownBy(() -> w.aefi.recallLot().recall(HANOI_MANAGER, lot, new RecallRequest(null, "signal")))
                    .isInstanceOfSatisfying(VaxlineException.class, e -> assertThat(e.code().name()).isEqualTo("FORBIDDEN"));

            assertThat(w.count("aefi_reports")).isEqualTo(1);
            assertThat(w.count("aefi_followups")).isZero();
            assertThat(w.count("lot_recalls")).isZero();
            assertThat(w.aefi.settings().current().seriousPer100kThreshold()).isEqualByComparingTo("10");
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void followUpsChangeTheCurrentOutcomeAndClassification(Dialect dialect) {
        try (AefiWorld w = new AefiWorld(dialect, tempDir)) {
            DoseRef dose = w.dose(w.releasedLot("A2103"));
            UUID report = w.report(HANOI_VACCINATOR, AefiWorld.serious(Ids.newId(), dose.doseId())).value().report().id();
            UUID first = Ids.newId();

            AefiCase recovered = w.aefi.recordFollowup().record(HANOI_VACCINATOR, report,
                    new FollowupRequest(first, null, AefiOutcome.RECOVERED, "discharged")).value();
            assertThat(recovered.outcome()).isEqualTo(AefiOutcome.RECOVERED);
            assertThat(recovered.classification()).isEqualTo(Causality.PENDING);
            assertThat(w.aefi.recordFollowup().record(HANOI_VACCINATOR, report,
                    new FollowupRequest(first, null, AefiOutcome.RECOVERED, "discharged")).isNew()).isFalse();
            // A follow-up whose id sorts before the first one still comes after it: the order written is what counts.
            w.aefi.recordFollowup().record(HANOI_MANAGER, report, new FollowupRequest(UUID.fromString("00000000-0000-4000-8000-000000000001"),
                    Causality.VACCINE_PRODUCT_RELATED, AefiOutcome.RECOVERED_WITH_SEQUELAE, "causality committee"));

            AefiCase current = w.aefi.queries().get(report);
            assertThat(current.outcome()).isEqualTo(AefiOutcome.RECOVERED_WITH_SEQUELAE);
            assertThat(current.classification()).isEqualTo(Causality.VACCINE_PRODUCT_RELATED);
            assertThat(current.report().outcome()).isEqualTo(AefiOutcome.RECOVERING);
            assertThat(current.followups()).hasSize(2);
            assertThatThrownBy(() -> w.aefi.recordFollowup().record(AefiWorld.HUE_MANAGER, report,
                    new FollowupRequest(Ids.newId(), null, AefiOutcome.DIED, "x")))
                    .isInstanceOfSatisfying(VaxlineException.class, e -> assertThat(e.code().name()).isEqualTo("FORBIDDEN"));
            assertThatThrownBy(() -> w.aefi.recordFollowup().record(ADMIN, Ids.newId(),
                    new FollowupRequest(Ids.newId(), null, AefiOutcome.DIED, "x")))
                    .isInstanceOfSatisfying(VaxlineException.class, e -> assertThat(e.code().name()).isEqualTo("NOT_FOUND"));
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void ratesPer100kFlagALotAboveTheThresholdAndTheProjectionMatchesARebuild(Dialect dialect) {
        try (AefiWorld w = new AefiWorld(dialect, tempDir)) {
            UUID lot = w.releasedLot("A2104");
            w.doses(lot, 20_000);
            DoseRef dose = w.dose(lot);
            w.report(ADMIN, AefiWorld.nonSerious(Ids.newId(), dose.doseId()));
            w.report(ADMIN, AefiWorld.serious(Ids.newId(), dose.doseId()));
            w.report(ADMIN, AefiWorld.serious(Ids.newId(), dose.doseId()));

            LotRate two = w.aefi.signals().rate(lot);
            assertThat(two.dosesGiven()).isEqualTo(20_001);
            assertThat(two.reports()).isEqualTo(3);
            assertThat(two.serious()).isEqualTo(2);
            assertThat(two.seriousPer100k()).isEqualByComparingTo("10.00");
            assertThat(two.threshold()).isEqualByComparingTo("10");
            assertThat(two.flagged()).isFalse();
            assertThat(w.aefi.signals().page(true, null, 10).items()).isEmpty();

            w.report(ADMIN, AefiWorld.serious(Ids.newId(), dose.doseId()));
            LotRate three = w.aefi.signals().rate(lot);
            assertThat(three.seriousPer100k()).isEqualByComparingTo("15.00");
            assertThat(three.flagged()).isTrue();
            assertThat(w.aefi.signals().page(true, null, 10).items()).extracting(LotRate::lotId).containsExactly(lot);

            w.aefi.settings().change(ADMIN, new BigDecimal("20"));
            assertThat(w.aefi.signals().rate(lot).flagged()).isFalse();
            assertThat(w.aefi.signals().page(false, null, 10).items()).hasSize(1);
            assertThat(w.aefi.settings().current().updatedBy()).isEqualTo("nat.admin");
            // the minimum of doses before a rate flags on the pages: seeded at 1,000, kept when not given, set with who
            assertThat(w.aefi.settings().current().minimumDosesToFlag()).isEqualTo(1_000);
            w.aefi.settings().change(ADMIN, new BigDecimal("20"), 5_000L);
            w.aefi.settings().change(ADMIN, new BigDecimal("20"));
            assertThat(w.aefi.settings().current().minimumDosesToFlag()).isEqualTo(5_000);
            assertThatThrownBy(() -> w.aefi.settings().change(ADMIN, new BigDecimal("20"), -1L))
                    .isInstanceOfSatisfying(VaxlineException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("minimumDosesToFlag"));

            UUID quiet = w.releasedLot("A2105");
            assertThat(w.aefi.signals().rate(quiet).seriousPer100k()).isEqualByComparingTo("0");
            assertThatThrownBy(() -> w.aefi.signals().rate(Ids.newId())).isInstanceOf(VaxlineException.class);

            assertThat(Projection.rebuild(w.store, new org.vaxline.aefi.store.LotAefiCounts()).matched()).isTrue();
            w.store.inTransaction(h -> h.createUpdate("UPDATE lot_aefi_counts SET serious = 0").execute());
            Projection.Rebuilt rebuilt = w.aefi.rebuildLotCounts();
            assertThat(rebuilt.mismatchesBefore()).isEqualTo(1);
            assertThat(rebuilt.mismatchesAfter()).isZero();
            assertThat(w.aefi.signals().rate(lot).serious()).isEqualTo(3);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void recallHoldsTheLotEverywhereAndListsRecipientsAndHoldingFacilities(Dialect dialect) {
        try (AefiWorld w = new AefiWorld(dialect, tempDir)) {
            UUID lot = w.releasedLot("A2106");
            w.receive(NATIONAL_STORE, lot, 1000);
            w.receive(HANOI_CDC, lot, 300);
            DoseRef a = w.dose(lot);
            DoseRef b = w.dose(lot);
            w.dose(w.releasedLot("OTHER"));
            UUID recallId = Ids.newId();

            Recorded<RecallReport> recalled = w.aefi.recallLot().recall(ADMIN, lot, new RecallRequest(recallId, "serious events above threshold"));
            assertThat(recalled.isNew()).isTrue();
            Recall recall = recalled.value().recall();
            assertThat(recall.holdId()).isEqualTo(org.vaxline.aefi.application.RecallLot.holdId(recallId));
            assertThat(recalled.value().lotNumber()).isEqualTo("A2106");
            assertThat(recalled.value().recipients()).extracting(r -> r.doseId()).containsExactly(a.doseId(), b.doseId());
            assertThat(recall.facilitiesHolding()).extracting(Recall.HoldingFacility::facilityId, Recall.HoldingFacility::doses)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(NATIONAL_STORE, 1000L), org.assertj.core.groups.Tuple.tuple(HANOI_CDC, 300L));
            assertThat(recall.facilitiesHolding().get(1).facilityCode()).isEqualTo("CDC-01");
            assertThat(recall.facilitiesHolding().get(1).provinceCode()).isEqualTo("01");

            LotState state = w.app.lots().availability().state(lot).orElseThrow();
            assertThat(state.heldEverywhere()).isTrue();
            assertThat(w.app.lots().queries().detail(lot).holds()).singleElement().satisfies(h -> {
                assertThat(h.source()).isEqualTo(HoldSource.RECALL);
                assertThat(h.sourceId()).isEqualTo(recallId);
                assertThat(h.facilityId()).isNull();
            });
            assertThatThrownBy(() -> w.app.stock().recordMovement().record(ADMIN, new MovementRequest(Ids.newId(),
                    MovementType.TRANSFER_OUT, NATIONAL_STORE, lot, null, 10L, TODAY, null, null, HUE_CDC, null, null, null)))
                    .isInstanceOfSatisfying(VaxlineException.class, e -> assertThat(e.code().name()).isEqualTo("LOT_ON_HOLD"));

            Recorded<RecallReport> retry = w.aefi.recallLot().recall(ADMIN, lot, new RecallRequest(recallId, "serious events above threshold"));
            assertThat(retry.isNew()).isFalse();
            assertThat(retry.value()).isEqualTo(recalled.value());
            assertThatThrownBy(() -> w.aefi.recallLot().recall(ADMIN, lot, new RecallRequest(recallId, "another reason")))
                    .isInstanceOfSatisfying(VaxlineException.class, e -> assertThat(e.code().name()).isEqualTo("IDEMPOTENCY_CONFLICT"));
            assertThatThrownBy(() -> w.aefi.recallLot().recall(ADMIN, lot, new RecallRequest(Ids.newId(), "again")))
                    .isInstanceOfSatisfying(VaxlineException.class, e -> assertThat(e.code().name()).isEqualTo("LOT_ALREADY_RECALLED"));
            assertThatThrownBy(() -> w.aefi.recallLot().recall(ADMIN, Ids.newId(), new RecallRequest(null, "unknown")))
                    .isInstanceOfSatisfying(VaxlineException.class, e -> assertThat(e.code().name()).isEqualTo("NOT_FOUND"));
            assertThat(w.count("lot_recalls")).isEqualTo(1);
            assertThat(w.app.lots().queries().detail(lot).holds()).hasSize(1);
            assertThat(w.aefi.recallLot().ofLot(lot)).contains(recalled.value());
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void theLedgersAreAppendOnly(Dialect dialect) {
        try (AefiWorld w = new AefiWorld(dialect, tempDir)) {
            UUID lot = w.releasedLot("A2107");
            w.receive(NATIONAL_STORE, lot, 10);
            DoseRef dose = w.dose(lot);
            UUID report = w.report(ADMIN, AefiWorld.serious(Ids.newId(), dose.doseId())).value().report().id();
            w.aefi.recordFollowup().record(ADMIN, report, new FollowupRequest(Ids.newId(), null, AefiOutcome.RECOVERED, null));
            w.aefi.recallLot().recall(ADMIN, lot, new RecallRequest(null, "quality defect"));
            for (String sql : List.of("UPDATE aefi_reports SET outcome = 'DIED'", "DELETE FROM aefi_reports",
                    "UPDATE aefi_followups SET outcome = 'DIED'", "DELETE FROM aefi_followups",
                    "UPDATE lot_recalls SET reason = 'x'", "DELETE FROM lot_recalls",
                    "UPDATE lot_recall_facilities SET doses = 1", "DELETE FROM lot_recall_facilities")) {
                assertThatThrownBy(() -> w.store.inTransaction(h -> h.createUpdate(sql).execute()))
                        .as(sql).hasMessageContaining("append-only");
            }
            assertThat(w.aefi.queries().get(report).outcome()).isEqualTo(AefiOutcome.RECOVERED);
        }
    }
}
