package org.vaxline.stock;

import org.vaxline.app.Vaxline;
import org.vaxline.lot.domain.NewLot;
import org.vaxline.lot.domain.ReleaseRequest;
import org.vaxline.masterdata.demo.DemoMasterData;
import org.vaxline.platform.id.Ids;
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
 * The real application on a real store with the demo master data (Abdala, the 34 provinces, the facility tree),
 * a fixed clock (2021-10-01) and builders for lots and movements, so each stock test says only what it is about.
 */
final class StockWorld implements AutoCloseable {
    static final LocalDate TODAY = LocalDate.parse("2021-10-01");
    static final Actor ADMIN = new Actor("nat.admin", Role.NATIONAL_ADMIN, null, null);
    static final UUID NATIONAL_STORE = DemoMasterData.facilityId("NATIONAL-STORE");
    static final UUID HANOI_CDC = DemoMasterData.facilityId("CDC-01");
    static final UUID NIHE = DemoMasterData.facilityId("RI-NIHE");
    static final UUID HANOI_COMMUNE = DemoMasterData.facilityId("COMMUNE-01-1");
    static final UUID HANOI_SITE = DemoMasterData.facilityId("SITE-01-1-1");
    static final UUID HUE_CDC = DemoMasterData.facilityId("CDC-46");
    static final Actor HANOI_MANAGER = new Actor("hanoi.cdc", Role.PROVINCE_MANAGER, HANOI_CDC, "01");

    final Store store;
    final Vaxline app;
    final UUID abdala;

    StockWorld(Dialect dialect, Path tempDir) {
        this(dialect, tempDir, Clock.fixed(Instant.parse("2021-10-01T09:00:00Z"), ZoneOffset.UTC));
    }

    /** @param clock the programme's clock, whose zone says which day today is */
    StockWorld(Dialect dialect, Path tempDir, Clock clock) {
        this.store = TestStores.open(dialect, tempDir);
        this.app = new Vaxline(store, clock);
        app.masterData().masterData().importDocument(ADMIN, DemoMasterData.document());
        this.abdala = app.catalog().catalog().productByCode(DemoMasterData.ABDALA).orElseThrow().id();
    }

    /** A lot of Abdala expiring on the given day, in quarantine. */
    UUID lot(String number, String expires) {
        UUID id = Ids.newId();
        LocalDate expiry = LocalDate.parse(expires);
        app.lots().registerLots().register(ADMIN, List.of(new NewLot(id, abdala, number, DemoMasterData.ABDALA_GTIN, expiry.minusMonths(6), expiry)));
        return id;
    }

    UUID releasedLot(String number, String expires) {
        UUID id = lot(number, expires);
        app.lots().decideRelease().decide(ADMIN, id, ReleaseRequest.release(Ids.newId(), "NCL-" + number, TODAY.minusDays(5)));
        return id;
    }

    List<StockMovement> receive(UUID facility, UUID lot, long doses) {
        return move(ADMIN, new MovementRequest(Ids.newId(), MovementType.RECEIPT, facility, lot, null, doses, TODAY.minusDays(3),
                null, "AWB 1", null, null, null, null));
    }

    List<StockMovement> move(Actor actor, MovementRequest request) {
        return app.stock().recordMovement().record(actor, request).value();
    }

    static MovementRequest of(MovementType type, UUID facility, UUID lot, long quantity) {
        return new MovementRequest(Ids.newId(), type, facility, lot, null, quantity, TODAY, null, null, null, null, null, null);
    }

    static MovementRequest issueByProduct(UUID facility, UUID product, long quantity) {
        return new MovementRequest(Ids.newId(), MovementType.ISSUE, facility, null, product, quantity, TODAY, null, null, null,
                null, null, null);
    }

    static MovementRequest transfer(UUID from, UUID to, UUID lot, long quantity) {
        return new MovementRequest(Ids.newId(), MovementType.TRANSFER_OUT, from, lot, null, quantity, TODAY, null, null, to,
                null, null, null);
    }

    /** A transfer that skips a level of the facility tree, which a national admin orders with a reason. */
    static MovementRequest transferDirect(UUID from, UUID to, UUID lot, long quantity) {
        return new MovementRequest(Ids.newId(), MovementType.TRANSFER_OUT, from, lot, null, quantity, TODAY, null, null, to,
                null, null, null, null, "supplied directly during the campaign");
    }

    static MovementRequest receiveTransfer(UUID transferId, Long quantity, String reason) {
        return new MovementRequest(Ids.newId(), MovementType.TRANSFER_IN, null, null, null, quantity, TODAY, reason, null, null,
                transferId, null, null);
    }

    static MovementRequest reversal(UUID entry, String reason) {
        return new MovementRequest(Ids.newId(), MovementType.REVERSAL, null, null, null, null, TODAY, reason, null, null, null,
                null, entry);
    }

    long onHand(UUID facility, UUID lot) {
        return store.read(h -> h.createQuery("SELECT COALESCE(SUM(quantity), 0) FROM stock_balances WHERE facility_id = :f AND lot_id = :l")
                .bind("f", facility).bind("l", lot).mapTo(Long.class).one());
    }

    long ledgerSum(UUID facility, UUID lot) {
        return store.read(h -> h.createQuery("SELECT COALESCE(SUM(quantity), 0) FROM stock_movements WHERE facility_id = :f AND lot_id = :l")
                .bind("f", facility).bind("l", lot).mapTo(Long.class).one());
    }

    int entries() {
        return store.read(h -> h.createQuery("SELECT COUNT(*) FROM stock_movements").mapTo(Integer.class).one());
    }

    @Override
    public void close() {
        app.close();
    }
}
