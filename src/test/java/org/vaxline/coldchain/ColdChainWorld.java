package org.vaxline.coldchain;

import org.vaxline.app.Vaxline;
import org.vaxline.coldchain.application.AssessmentRequest;
import org.vaxline.coldchain.application.ExcursionReport;
import org.vaxline.coldchain.application.ExcursionRequest;
import org.vaxline.coldchain.application.ShipmentLots;
import org.vaxline.lot.domain.HoldOutcome;
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
import org.vaxline.stock.domain.StockMovement;
import org.vaxline.testing.TestStores;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * The real application on a real store with the demo master data (Abdala at 2–8 °C, the facility tree), a fixed clock
 * (2021-10-01 09:00Z), the cold chain module on top, and builders for lots, stock and excursions.
 */
final class ColdChainWorld implements AutoCloseable {
    static final Instant NOW = Instant.parse("2021-10-01T09:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2021-10-01");
    static final Actor ADMIN = new Actor("nat.admin", Role.NATIONAL_ADMIN, null, null);
    static final UUID NATIONAL_STORE = DemoMasterData.facilityId("NATIONAL-STORE");
    static final UUID HANOI_CDC = DemoMasterData.facilityId("CDC-01");
    static final UUID HANOI_SITE = DemoMasterData.facilityId("SITE-01-1-1");
    static final UUID HUE_CDC = DemoMasterData.facilityId("CDC-46");
    static final Actor HANOI_MANAGER = new Actor("hanoi.cdc", Role.PROVINCE_MANAGER, HANOI_CDC, "01");
    static final Actor HANOI_VACCINATOR = new Actor("site.vacc", Role.SITE_VACCINATOR, HANOI_SITE, "01");

    final Store store;
    final Vaxline app;
    final ColdChainModule coldChain;
    final UUID abdala;

    ColdChainWorld(Dialect dialect, Path tempDir) {
        this(dialect, tempDir, ShipmentLots.NOT_WIRED);
    }

    ColdChainWorld(Dialect dialect, Path tempDir, ShipmentLots shipments) {
        this.store = TestStores.open(dialect, tempDir);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        this.app = new Vaxline(store, clock);
        app.masterData().masterData().importDocument(ADMIN, DemoMasterData.document());
        this.coldChain = new ColdChainModule(store, clock, app.catalog().catalog(), app.facilities().facilities(), app.lots(),
                app.stock(), shipments);
        this.abdala = app.catalog().catalog().productByCode(DemoMasterData.ABDALA).orElseThrow().id();
    }

    UUID releasedLot(String number, String expires) {
        UUID id = Ids.newId();
        LocalDate expiry = LocalDate.parse(expires);
        app.lots().registerLots().register(ADMIN, List.of(new NewLot(id, abdala, number, DemoMasterData.ABDALA_GTIN,
                expiry.minusMonths(6), expiry)));
        app.lots().decideRelease().decide(ADMIN, id, ReleaseRequest.release(Ids.newId(), "NCL-" + number, TODAY.minusDays(5)));
        return id;
    }

    void receive(UUID facility, UUID lot, long doses) {
        move(ADMIN, new MovementRequest(Ids.newId(), MovementType.RECEIPT, facility, lot, null, doses, TODAY.minusDays(3),
                null, "AWB 1", null, null, null, null));
    }

    List<StockMovement> move(Actor actor, MovementRequest request) {
        return app.stock().recordMovement().record(actor, request).value();
    }

    static MovementRequest transfer(UUID from, UUID to, UUID lot, long quantity) {
        return new MovementRequest(Ids.newId(), MovementType.TRANSFER_OUT, from, lot, null, quantity, TODAY, null, null, to,
                null, null, null);
    }

    static MovementRequest issueByProduct(UUID facility, UUID product, long quantity) {
        return new MovementRequest(Ids.newId(), MovementType.ISSUE, facility, null, product, quantity, TODAY, null, null, null,
                null, null, null);
    }

    static ExcursionRequest excursion(UUID id, UUID facility, double lowest, double highest) {
        return new ExcursionRequest(id, facility, null, NOW.minusSeconds(4 * 3600), 180, lowest, highest, "fridge door left open");
    }

    Recorded<ExcursionReport> record(Actor actor, ExcursionRequest request) {
        return coldChain.recordExcursion().record(actor, request);
    }

    Recorded<ExcursionReport> assess(Actor actor, UUID excursion, UUID lot, HoldOutcome outcome) {
        return coldChain.assessExcursionLot().assess(actor, excursion, new AssessmentRequest(lot, outcome, "stability data reviewed"));
    }

    long onHand(UUID facility, UUID lot) {
        return store.read(h -> h.createQuery("SELECT COALESCE(SUM(quantity), 0) FROM stock_balances WHERE facility_id = :f AND lot_id = :l")
                .bind("f", facility).bind("l", lot).mapTo(Long.class).one());
    }

    int count(String table) {
        return store.read(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Integer.class).one());
    }

    @Override
    public void close() {
        app.close();
    }
}
