package org.vaxline.agreement;

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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Deliveries racing for the last doses of a commitment: exactly what fits is recorded, nothing more, nothing lost. */
class ConcurrentDeliveriesTest {
    @TempDir
    Path tempDir;

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void racingDeliveriesNeverExceedTheCommitment(Dialect dialect) throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2021-10-01T08:00:00Z"), ZoneOffset.UTC);
        try (Store store = TestStores.open(dialect, tempDir)) {
            AgreementModule module = new AgreementModule(store, clock, new FixedReferences());
            UUID agreementId = Ids.newId();
            UUID commitmentId = Ids.newId();
            module.recordAgreement().record(AgreementFixtures.ADMIN, AgreementFixtures.abdalaPurchase(agreementId, commitmentId, 500));

            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                attempts.add(pool.submit(() -> {
                    try {
                        module.recordDelivery().record(AgreementFixtures.ADMIN, agreementId,
                                AgreementFixtures.delivery(Ids.newId(), commitmentId, 100, "2021-09-24"));
                        return true;
                    } catch (VaxlineException e) {
                        assertThat(e.code()).isEqualTo(AgreementError.DELIVERY_EXCEEDS_COMMITMENT);
                        return false;
                    }
                }));
            }
            int recorded = 0;
            for (Future<Boolean> attempt : attempts) {
                recorded += attempt.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            pool.shutdown();

            assertThat(recorded).isEqualTo(5);
            assertThat(module.queries().deliveries(agreementId, null, 100).items()).hasSize(5);
            assertThat(module.queries().report(agreementId, null).commitments().get(0).delivered()).isEqualByComparingTo("500");
            assertThat(module.rebuildFulfilment().matched()).isTrue();
        }
    }
}
