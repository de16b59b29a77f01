package org.vaxline.shipment;

import org.vaxline.agreement.application.AgreementRequest;
import org.vaxline.agreement.application.AgreementRequest.CommitmentRequest;
import org.vaxline.agreement.domain.AgreementKind;
import org.vaxline.app.Vaxline;
import org.vaxline.masterdata.demo.DemoMasterData;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.security.Role;
import org.vaxline.platform.store.Dialect;
import org.vaxline.platform.store.Store;
import org.vaxline.shipment.domain.NewShipment;
import org.vaxline.testing.TestStores;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * The real application on a real store with the demo master data (Abdala: 10 doses a vial, GTIN 08501234000016),
 * a fixed clock (2021-10-01), an agreement committing 10,000 doses of Abdala, and builders for shipments.
 */
final class ShipmentWorld implements AutoCloseable {
    static final LocalDate TODAY = LocalDate.parse("2021-10-01");
    static final LocalDate ARRIVED = LocalDate.parse("2021-09-25");
    static final Actor ADMIN = new Actor("nat.admin", Role.NATIONAL_ADMIN, null, null);
    static final UUID NATIONAL_STORE = DemoMasterData.facilityId("NATIONAL-STORE");
    static final String GTIN = DemoMasterData.ABDALA_GTIN;
    static final long COMMITTED = 10_000;

    final Store store;
    final Vaxline app;
    final ShipmentModule shipments;
    final UUID abdala;
    final UUID agreement = Ids.newId();
    final UUID commitment = Ids.newId();

    ShipmentWorld(Dialect dialect, Path tempDir) {
        this.store = TestStores.open(dialect, tempDir);
        this.app = new Vaxline(store, Clock.fixed(Instant.parse("2021-10-01T09:00:00Z"), ZoneOffset.UTC));
        app.masterData().masterData().importDocument(ADMIN, DemoMasterData.document());
        this.abdala = app.catalog().catalog().productByCode(DemoMasterData.ABDALA).orElseThrow().id();
        this.shipments = new ShipmentModule(store, app.clock(), app.catalog().catalog(), app.facilities().facilities(),
                app.agreements(), app.lots(), app.stock());
        app.agreements().recordAgreement().record(ADMIN, new AgreementRequest(agreement, "Abdala supply",
                DemoMasterData.partnerId(DemoMasterData.CUBA), DemoMasterData.partnerId(DemoMasterData.VIETNAM),
                LocalDate.parse("2021-09-17"), AgreementKind.PURCHASE, "contract 1",
                List.of(new CommitmentRequest(commitment, null, abdala, null, BigDecimal.valueOf(COMMITTED), null,
                        LocalDate.parse("2021-12-31"), null))));
    }

    /** An agreement of rice (a commodity) and a technology transfer, to receive lots against by mistake. */
    UUID riceAndTransferAgreement(UUID riceCommitment, UUID transferCommitment) {
        UUID id = Ids.newId();
        UUID rice = app.catalog().catalog().commodityByCode(DemoMasterData.RICE).orElseThrow().id();
        app.agreements().recordAgreement().record(ADMIN, new AgreementRequest(id, "Rice and technology",
                DemoMasterData.partnerId(DemoMasterData.VIETNAM), DemoMasterData.partnerId(DemoMasterData.CUBA),
                LocalDate.parse("2021-09-17"), AgreementKind.GIFT, null, List.of(
                new CommitmentRequest(riceCommitment, null, null, rice, BigDecimal.valueOf(12_000), "t",
                        LocalDate.parse("2021-12-31"), null),
                new CommitmentRequest(transferCommitment, AgreementKind.TECHNOLOGY_TRANSFER, abdala, null, null, null,
                        LocalDate.parse("2022-12-31"), List.of(new AgreementRequest.MilestoneRequest(Ids.newId(),
                        "Technology package handed over", LocalDate.parse("2021-12-31")))))));
        return id;
    }

    NewShipment shipment(UUID id, NewShipment.Line... lots) {
        return new NewShipment(id, agreement, null, NATIONAL_STORE, ARRIVED, "AWB 730-1234 5675", null, List.of(lots));
    }

    static NewShipment.Line typed(String number, String made, String expires, Long doses, Long vials) {
        return new NewShipment.Line(number, GTIN, LocalDate.parse(made), LocalDate.parse(expires), doses, vials, null);
    }

    static NewShipment.Line scanned(String gs1, Long doses, Long vials) {
        return new NewShipment.Line(null, null, null, null, doses, vials, gs1);
    }

    long delivered() {
        return app.agreements().queries().report(agreement, null).commitments().get(0).delivered().longValueExact();
    }

    long onHand(UUID facility, UUID lot) {
        return store.read(h -> h.createQuery("SELECT COALESCE(SUM(quantity), 0) FROM stock_balances WHERE facility_id = :f AND lot_id = :l")
                .bind("f", facility).bind("l", lot).mapTo(Long.class).one());
    }

    /** Rows in every table a shipment writes: lots, deliveries, stock movements, shipments and their lines. */
    List<Integer> rows() {
        return store.read(h -> List.of("lots", "deliveries", "stock_movements", "shipments", "shipment_lots").stream()
                .map(t -> h.createQuery("SELECT COUNT(*) FROM " + t).mapTo(Integer.class).one()).toList());
    }

    @Override
    public void close() {
        app.close();
    }
}
