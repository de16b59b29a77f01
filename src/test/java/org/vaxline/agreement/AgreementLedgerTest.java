package org.vaxline.agreement;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaxline.agreement.application.AgreementReport;
import org.vaxline.agreement.domain.AgreementError;
import org.vaxline.agreement.domain.DeliveryStatus;
import org.vaxline.agreement.domain.NewDelivery;
import org.vaxline.platform.error.PlatformError;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.store.Dialect;
import org.vaxline.platform.store.Store;
import org.vaxline.testing.TestStores;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vaxline.agreement.AgreementFixtures.ADMIN;
import static org.vaxline.agreement.AgreementFixtures.abdalaPurchase;
import static org.vaxline.agreement.AgreementFixtures.delivery;

/** The agreement ledger on a real SQLite file and a real PostgreSQL server: the same tests, unchanged. */
class AgreementLedgerTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2021-10-01T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tempDir;
    private Store store;
    private AgreementModule module;

    private void open(Dialect dialect) {
        store = TestStores.open(dialect, tempDir);
        module = new AgreementModule(store, CLOCK, new FixedReferences());
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    private AgreementReport.CommitmentReport commitment(UUID agreementId, LocalDate asOf) {
        return module.queries().report(agreementId, asOf).commitments().get(0);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void deliveriesAccumulateAndForecastCompletion(Dialect dialect) {
        open(dialect);
        UUID id = Ids.newId();
        UUID commitmentId = Ids.newId();
        module.recordAgreement().record(ADMIN, abdalaPurchase(id, commitmentId, 10_000_000));
        module.recordDelivery().record(ADMIN, id, delivery(Ids.newId(), commitmentId, 900_000, "2021-09-24"));
        module.recordDelivery().record(ADMIN, id, delivery(Ids.newId(), null, 150_000, "2021-09-24"));

        AgreementReport.CommitmentReport c = commitment(id, null);
        assertThat(c.delivered()).isEqualByComparingTo("1050000");
        assertThat(c.outstanding()).isEqualByComparingTo("8950000");
        assertThat(c.percentDelivered()).isEqualByComparingTo("10.5");
        assertThat(c.deliveries()).isEqualTo(2);
        // 1,050,000 doses in the 15 days from 2021-09-17 to 2021-10-01: 70,000 a day, 128 more days to go.
        assertThat(c.forecast().ratePerDay()).isEqualByComparingTo("70000");
        assertThat(c.forecast().expectedCompletion()).isEqualTo(LocalDate.parse("2022-02-06"));
        assertThat(c.forecast().atRisk()).isTrue();
        assertThat(c.forecast().status()).isEqualTo(DeliveryStatus.AT_RISK);

        AgreementReport.CommitmentReport before = commitment(id, LocalDate.parse("2021-09-20"));
        assertThat(before.delivered()).isEqualByComparingTo("0");
        assertThat(before.forecast().status()).isEqualTo(DeliveryStatus.NOT_STARTED);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aDeliveryBeyondWhatIsOutstandingIsRefusedAndWritesNothing(Dialect dialect) {
        open(dialect);
        UUID id = Ids.newId();
        UUID commitmentId = Ids.newId();
        module.recordAgreement().record(ADMIN, abdalaPurchase(id, commitmentId, 1_000));
        module.recordDelivery().record(ADMIN, id, delivery(Ids.newId(), commitmentId, 600, "2021-09-24"));

        assertThatThrownBy(() -> module.recordDelivery().record(ADMIN, id, delivery(Ids.newId(), commitmentId, 401, "2021-09-25")))
                .isInstanceOfSatisfying(VaxlineException.class, e -> {
                    assertThat(e.code()).isEqualTo(AgreementError.DELIVERY_EXCEEDS_COMMITMENT);
                    assertThat(e.details()).containsEntry("outstanding", new BigDecimal("400"));
                });
        assertThat(commitment(id, null).delivered()).isEqualByComparingTo("600");

        NewDelivery over = new NewDelivery(Ids.newId(), commitmentId, BigDecimal.valueOf(401), null,
                LocalDate.parse("2021-09-25"), "extra doses", true);
        module.recordDelivery().record(ADMIN, id, over);
        AgreementReport.CommitmentReport c = commitment(id, null);
        assertThat(c.delivered()).isEqualByComparingTo("1001");
        assertThat(c.outstanding()).isEqualByComparingTo("0");
        assertThat(c.forecast().status()).isEqualTo(DeliveryStatus.COMPLETE);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aRetryWithTheSameIdRecordsOnceAndOtherContentUnderThatIdConflicts(Dialect dialect) {
        open(dialect);
        UUID id = Ids.newId();
        UUID commitmentId = Ids.newId();
        assertThat(module.recordAgreement().record(ADMIN, abdalaPurchase(id, commitmentId, 1_000)).isNew()).isTrue();
        assertThat(module.recordAgreement().record(ADMIN, abdalaPurchase(id, commitmentId, 1_000)).isNew()).isFalse();
        assertThatThrownBy(() -> module.recordAgreement().record(ADMIN, abdalaPurchase(id, commitmentId, 2_000)))
                .isInstanceOfSatisfying(VaxlineException.class, e -> assertThat(e.code()).isEqualTo(PlatformError.IDEMPOTENCY_CONFLICT));

        UUID deliveryId = Ids.newId();
        assertThat(module.recordDelivery().record(ADMIN, id, delivery(deliveryId, commitmentId, 1_000, "2021-09-24")).isNew()).isTrue();
        // The retry comes after the commitment is full: it must still be recognised, not refused as an excess.
        assertThat(module.recordDelivery().record(ADMIN, id, delivery(deliveryId, commitmentId, 1_000, "2021-09-24")).isNew()).isFalse();
        assertThatThrownBy(() -> module.recordDelivery().record(ADMIN, id, delivery(deliveryId, commitmentId, 999, "2021-09-24")))
                .isInstanceOfSatisfying(VaxlineException.class, e -> assertThat(e.code()).isEqualTo(PlatformError.IDEMPOTENCY_CONFLICT));
        assertThat(commitment(id, null).delivered()).isEqualByComparingTo("1000");
        assertThat(module.queries().deliveries(id, null, 10).items()).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aReversalRestoresTheBalanceOnceAndTheOriginalStays(Dialect dialect) {
        open(dialect);
        UUID id = Ids.newId();
        UUID commitmentId = Ids.newId();
        module.recordAgreement().record(ADMIN, abdalaPurchase(id, commitmentId, 1_000));
        UUID deliveryId = Ids.newId();
        module.recordDelivery().record(ADMIN, id, delivery(deliveryId, commitmentId, 700, "2021-09-24"));

        module.reverseDelivery().reverse(ADMIN, id, deliveryId, Ids.newId(), "typed 700 for 70");
        assertThat(commitment(id, null).delivered()).isEqualByComparingTo("0");
        assertThat(commitment(id, null).deliveries()).isZero();
        assertThatThrownBy(() -> module.reverseDelivery().reverse(ADMIN, id, deliveryId, Ids.newId(), "again"))
                .isInstanceOfSatisfying(VaxlineException.class, e -> assertThat(e.code()).isEqualTo(AgreementError.DELIVERY_ALREADY_REVERSED));
        assertThat(module.queries().deliveries(id, null, 10).items()).hasSize(2);
        assertThat(module.rebuildFulfilment().matched()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void theDatabaseRefusesToRewriteTheLedger(Dialect dialect) {
        open(dialect);
        UUID id = Ids.newId();
        UUID commitmentId = Ids.newId();
        module.recordAgreement().record(ADMIN, abdalaPurchase(id, commitmentId, 1_000));
        module.recordDelivery().record(ADMIN, id, delivery(Ids.newId(), commitmentId, 10, "2021-09-24"));

        assertThatThrownBy(() -> store.inTransaction(h -> h.execute("UPDATE deliveries SET quantity_milli = 1")))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> store.inTransaction(h -> h.execute("DELETE FROM deliveries")))
                .hasMessageContaining("append-only");
        assertThat(commitment(id, null).delivered()).isEqualByComparingTo("10");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void rebuildReportsADriftedProjectionAndRepairsIt(Dialect dialect) {
        open(dialect);
        UUID id = Ids.newId();
        UUID commitmentId = Ids.newId();
        module.recordAgreement().record(ADMIN, abdalaPurchase(id, commitmentId, 1_000));
        module.recordDelivery().record(ADMIN, id, delivery(Ids.newId(), commitmentId, 250, "2021-09-24"));
        store.inTransaction(h -> h.execute("UPDATE commitment_fulfilment SET delivered_milli = 1"));

        assertThat(module.rebuildFulfilment().mismatchesBefore()).isEqualTo(1);
        assertThat(module.rebuildFulfilment().matched()).isTrue();
        assertThat(commitment(id, null).delivered()).isEqualByComparingTo("250");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void milestonesAreCompletedOnceAndCountTowardsProgress(Dialect dialect) {
        open(dialect);
        UUID id = Ids.newId();
        UUID first = Ids.newId();
        UUID second = Ids.newId();
        module.recordAgreement().record(ADMIN, AgreementFixtures.technologyTransfer(id, first, second));
        module.completeMilestone().complete(ADMIN, id, first, LocalDate.parse("2021-09-30"));
        assertThat(module.completeMilestone().complete(ADMIN, id, first, LocalDate.parse("2021-09-30")).isNew()).isFalse();
        assertThatThrownBy(() -> module.completeMilestone().complete(ADMIN, id, first, LocalDate.parse("2021-09-29")))
                .isInstanceOfSatisfying(VaxlineException.class, e -> assertThat(e.code()).isEqualTo(AgreementError.MILESTONE_ALREADY_DONE));

        AgreementReport.CommitmentReport c = commitment(id, null);
        assertThat(c.unit()).isEqualTo("milestones");
        assertThat(c.delivered()).isEqualByComparingTo("1");
        assertThat(c.percentDelivered()).isEqualByComparingTo("50.0");
        assertThat(c.milestones()).extracting(AgreementReport.MilestoneReport::doneOn)
                .containsExactly(LocalDate.parse("2021-09-30"), null);
        assertThatThrownBy(() -> module.recordDelivery().record(ADMIN, id, delivery(Ids.newId(), c.id(), 1, "2021-09-30")))
                .isInstanceOfSatisfying(VaxlineException.class, e -> assertThat(e.code()).isEqualTo(AgreementError.DELIVERY_TO_MILESTONE_COMMITMENT));
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void anInvalidAgreementNamesEveryFieldAndWritesNothing(Dialect dialect) {
        open(dialect);
        UUID id = Ids.newId();
        var bad = new org.vaxline.agreement.application.AgreementRequest(id, " ", FixedReferences.CUBA, UUID.randomUUID(),
                LocalDate.parse("2021-09-17"), org.vaxline.agreement.domain.AgreementKind.PURCHASE, null,
                java.util.List.of(new org.vaxline.agreement.application.AgreementRequest.CommitmentRequest(null, null,
                        FixedReferences.ABDALA, null, new BigDecimal("10.5"), null, LocalDate.parse("2021-01-01"), null)));
        assertThatThrownBy(() -> module.recordAgreement().record(ADMIN, bad))
                .isInstanceOfSatisfying(VaxlineException.class, e -> assertThat(e.fieldErrors()).containsKey("toPartnerId"));
        var unknownPartnerFixed = new org.vaxline.agreement.application.AgreementRequest(id, " ", FixedReferences.CUBA,
                FixedReferences.VIETNAM, bad.signedOn(), bad.kind(), null, bad.commitments());
        assertThatThrownBy(() -> module.recordAgreement().record(ADMIN, unknownPartnerFixed))
                .isInstanceOfSatisfying(VaxlineException.class, e -> assertThat(e.fieldErrors())
                        .containsKeys("title", "commitments[0].quantity", "commitments[0].dueDate"));
        assertThatThrownBy(() -> module.queries().report(id, null))
                .isInstanceOfSatisfying(VaxlineException.class, e -> assertThat(e.code()).isEqualTo(PlatformError.NOT_FOUND));
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void onlyTheNationalProgrammeRecordsAgreements(Dialect dialect) {
        open(dialect);
        assertThatThrownBy(() -> module.recordAgreement().record(AgreementFixtures.AUDITOR, abdalaPurchase(Ids.newId(), Ids.newId(), 5)))
                .isInstanceOfSatisfying(VaxlineException.class, e -> assertThat(e.code()).isEqualTo(PlatformError.FORBIDDEN));
        assertThat(module.queries().page(null, null, 10, null).items()).isEmpty();
    }
}
