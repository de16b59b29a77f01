package org.vaxline.agreement;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaxline.agreement.domain.AgreementError;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.store.Dialect;
import org.vaxline.platform.store.Store;
import org.vaxline.testing.TestStores;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.vaxline.agreement.AgreementFixtures.ADMIN;
import static org.vaxline.agreement.AgreementFixtures.abdalaPurchase;
import static org.vaxline.agreement.AgreementFixtures.delivery;

/** A delivery is not before its agreement was signed (2021-09-17 here), on both stores; the signing day itself counts. */
class DeliveryDatesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2021-10-01T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tempDir;
    private Store store;

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aDeliveryBeforeTheSigningIsRefusedAndNothingIsCounted(Dialect dialect) {
        store = TestStores.open(dialect, tempDir);
        AgreementModule module = new AgreementModule(store, CLOCK, new FixedReferences());
        UUID id = Ids.newId();
        UUID commitmentId = Ids.newId();
        module.recordAgreement().record(ADMIN, abdalaPurchase(id, commitmentId, 10_000));

        VaxlineException refused = catchThrowableOfType(VaxlineException.class,
                () -> module.recordDelivery().record(ADMIN, id, delivery(Ids.newId(), commitmentId, 500, "2021-09-16")));
        assertThat(refused).isNotNull();
        assertThat(refused.code()).isEqualTo(AgreementError.DELIVERY_BEFORE_SIGNING);
        assertThat(refused.fieldErrors()).containsKey("deliveredOn");
        assertThat(refused.details()).containsEntry("signedOn", "2021-09-17");
        assertThat(module.queries().report(id, null).commitments().get(0).delivered()).isEqualByComparingTo("0");

        module.recordDelivery().record(ADMIN, id, delivery(Ids.newId(), commitmentId, 500, "2021-09-17"));
        assertThat(module.queries().report(id, null).commitments().get(0).delivered()).isEqualByComparingTo("500");
    }
}
