package org.vaxline.aefi;

import org.vaxline.aefi.application.AdministeredDoses.DoseRef;
import org.vaxline.aefi.application.AefiRequest;
import org.vaxline.aefi.domain.AefiCase;
import org.vaxline.aefi.domain.AefiOutcome;
import org.vaxline.aefi.domain.Causality;
import org.vaxline.aefi.domain.SeriousCriterion;
import org.vaxline.aefi.domain.Seriousness;
import org.vaxline.app.Vaxline;
import org.vaxline.lot.domain.NewLot;
import org.vaxline.lot.domain.ReleaseRequest;
import org.vaxline.masterdata.demo.DemoMasterData;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.id.Recorded;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.security.Role;
import org.vaxline.platform.store.Dialect;
import org.vaxline.platform.store.Store;
import org.vaxline.stock.application.MovementRequest;
import org.vaxline.stock.domain.MovementType;
import org.vaxline.testing.TestStores;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * The real application on a real store with the demo master data, a fixed clock (2021-10-01 09:00Z), the AEFI module
 * over a listed dose registry, and builders for lots, stock, doses and reports.
 */
final class AefiWorld implements AutoCloseable {
    static final Instant NOW = Instant.parse("2021-10-01T09:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2021-10-01");
    static final Actor ADMIN = new Actor("nat.admin", Role.NATIONAL_ADMIN, null, null);
    static final UUID NATIONAL_STORE = DemoMasterData.facilityId("NATIONAL-STORE");
    static final UUID HANOI_CDC = DemoMasterData.facilityId("CDC-01");
    static final UUID HANOI_SITE = DemoMasterData.facilityId("SITE-01-1-1");
    static final UUID HUE_CDC = DemoMasterData.facilityId("CDC-46");
    static final Actor HANOI_MANAGER = new Actor("hanoi.cdc", Role.PROVINCE_MANAGER, HANOI_CDC, "01");
    static final Actor HUE_MANAGER = new Actor("hue.cdc", Role.PROVINCE_MANAGER, HUE_CDC, "46");
    static final Actor HANOI_VACCINATOR = new Actor("site.vacc", Role.SITE_VACCINATOR, HANOI_SITE, "01");
    static final Actor AUDITOR = new Actor("auditor", Role.AUDITOR, null, null);

    final Store store;
    final Vaxline app;
    final ListedDoses doses = new ListedDoses();
    final AefiModule aefi;
    final UUID abdala;

    AefiWorld(Dialect dialect, Path tempDir) {
        this.store = TestStores.open(dialect, tempDir);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        this.app = new Vaxline(store, clock);
        app.masterData().masterData().importDocument(ADMIN, DemoMasterData.document());
        this.aefi = new AefiModule(store, clock, app.facilities().facilities(), app.lots(), app.stock(), doses,
                app.persons().logReads()::logged);
        this.abdala = app.catalog().catalog().productByCode(DemoMasterData.ABDALA).orElseThrow().id();
    }

    UUID releasedLot(String number) {
        UUID id = Ids.newId();
        LocalDate expiry = LocalDate.parse("2022-02-01");
        app.lots().registerLots().register(ADMIN, List.of(new NewLot(id, abdala, number, DemoMasterData.ABDALA_GTIN,
                expiry.minusMonths(6), expiry)));
        app.lots().decideRelease().decide(ADMIN, id, ReleaseRequest.release(Ids.newId(), "NCL-" + number, TODAY.minusDays(5)));
        return id;
    }

    void receive(UUID facility, UUID lot, long doses) {
        app.stock().recordMovement().record(ADMIN, new MovementRequest(Ids.newId(), MovementType.RECEIPT, facility, lot, null,
                doses, TODAY.minusDays(3), null, "AWB 1", null, null, null, null));
    }

    /** A dose of the lot given at the Hanoi site a week ago. */
    DoseRef dose(UUID lot) {
        return doses.add(new DoseRef(Ids.newId(), Ids.newId(), lot, abdala, HANOI_SITE, "01", TODAY.minusDays(7)));
    }

    /** Many doses of the lot, for rates. */
    void doses(UUID lot, int count) {
        for (int i = 0; i < count; i++) {
            dose(lot);
        }
    }

    static AefiRequest nonSerious(UUID id, UUID dose) {
        return new AefiRequest(id, dose, NOW.minusSeconds(6 * 86_400), Seriousness.NON_SERIOUS, List.of(), null,
                AefiOutcome.RECOVERED, "fever 38.5 °C and a sore arm for two days");
    }

    static AefiRequest serious(UUID id, UUID dose) {
        return new AefiRequest(id, dose, NOW.minusSeconds(6 * 86_400), Seriousness.SERIOUS, List.of(SeriousCriterion.HOSPITALIZATION),
                Causality.PENDING, AefiOutcome.RECOVERING, "anaphylaxis 20 minutes after the dose, admitted to hospital");
    }

    Recorded<AefiCase> report(Actor actor, AefiRequest request) {
        return aefi.reportAefi().report(actor, request);
    }

    int count(String table) {
        return store.read(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Integer.class).one());
    }

    @Override
    public void close() {
        app.close();
    }
}
