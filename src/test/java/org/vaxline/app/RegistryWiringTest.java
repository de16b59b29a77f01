package org.vaxline.app;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaxline.aefi.application.AefiRequest;
import org.vaxline.aefi.domain.AefiOutcome;
import org.vaxline.aefi.domain.Causality;
import org.vaxline.aefi.domain.LotRate;
import org.vaxline.aefi.domain.SeriousCriterion;
import org.vaxline.aefi.domain.Seriousness;
import org.vaxline.app.demo.DemoScenario;
import org.vaxline.coverage.application.CoverageReport;
import org.vaxline.lot.domain.LotStatus;
import org.vaxline.person.domain.IdentityType;
import org.vaxline.person.domain.NewPerson;
import org.vaxline.person.domain.Sex;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.store.Dialect;
import org.vaxline.registry.application.DoseRequest;
import org.vaxline.registry.domain.Dose;
import org.vaxline.stock.application.OnHandReport;
import org.vaxline.testing.TestStores;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry wired into the whole application on the demo data, on both stores: one more dose given at a demo site takes a
 * dose from that site's stock, moves coverage in the same transaction, and is what an adverse-event report and a lot's
 * rate are about.
 */
class RegistryWiringTest {
    @TempDir
    Path tempDir;

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aDoseMovesStockCoverageAndTheLotsAdverseEventRate(Dialect dialect) {
        try (Vaxline app = new Vaxline(TestStores.openDemo(dialect, tempDir), Clock.systemDefaultZone())) {
            new DemoScenario(app).loadOnce();
            Actor admin = Actor.operator("test");
            LocalDate today = LocalDate.now(app.clock());
            OnHandReport.Line stock = app.stock().queries().onHand(null, "01", null, null).lines().stream()
                    .filter(l -> l.facilityCode().startsWith("SITE-") && !l.onHold() && l.status() == LotStatus.RELEASED
                            && !l.expiresOn().isBefore(today))
                    .findFirst().orElseThrow();
            UUID person = app.persons().registerPerson().register(admin, new NewPerson(Ids.newId(), IdentityType.CCCD,
                    "001090012345", "Nguyễn Văn An", LocalDate.parse("1990-05-14"), Sex.MALE, "0912345678", "01", null,
                    "HEALTH_WORKER", null, false)).value().id();

            long healthWorkersBefore = firstDoses(app, "HEALTH_WORKER");
            LotRate before = app.aefi().signals().rate(stock.lotId());
            Dose dose = app.registry().recordDose().record(admin, new DoseRequest(Ids.newId(), person, stock.productId(),
                    stock.lotId(), stock.facilityId(), today, null, null)).value();

            assertThat(dose.doseNumber()).isEqualTo(1);
            long after = app.stock().queries().onHand(stock.facilityId(), null, null, null).lines().stream()
                    .filter(l -> l.lotId().equals(stock.lotId())).mapToLong(OnHandReport.Line::quantity).sum();
            assertThat(after).isEqualTo(stock.quantity() - 1);
            assertThat(firstDoses(app, "HEALTH_WORKER")).isEqualTo(healthWorkersBefore + 1);
            assertThat(app.coverage().recount().matched()).isTrue();

            app.aefi().reportAefi().report(admin, new AefiRequest(Ids.newId(), dose.id(), java.time.Instant.now(app.clock()),
                    Seriousness.SERIOUS, List.of(SeriousCriterion.HOSPITALIZATION), Causality.PENDING, AefiOutcome.RECOVERING,
                    "high fever the evening after the dose"));
            LotRate rate = app.aefi().signals().rate(stock.lotId());
            assertThat(rate.dosesGiven()).isEqualTo(before.dosesGiven() + 1);
            assertThat(rate.serious()).isEqualTo(before.serious() + 1);
            assertThat(rate.seriousPer100k()).isGreaterThan(before.seriousPer100k());
        }
    }

    /** People of a priority group in Hà Nội with a first dose, today. */
    private static long firstDoses(Vaxline app, String group) {
        return app.coverage().queries().report("group", "COVID-19", "01", null, null).groups().stream()
                .filter(g -> g.key().equals(group)).mapToLong(CoverageReport.Group::firstDose).sum();
    }
}
