package org.vaxline.registry;

import org.vaxline.app.Vaxline;
import org.vaxline.lot.domain.NewLot;
import org.vaxline.lot.domain.ReleaseRequest;
import org.vaxline.masterdata.demo.DemoMasterData;
import org.vaxline.person.domain.IdentityType;
import org.vaxline.person.domain.NewPerson;
import org.vaxline.person.domain.Sex;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.security.Role;
import org.vaxline.platform.store.Dialect;
import org.vaxline.platform.store.Store;
import org.vaxline.registry.application.DoseRequest;
import org.vaxline.registry.domain.Dose;
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
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real application on a real store with the demo master data (Abdala: 3 doses, 14 days apart, 10 per vial), a fixed
 * clock (2021-10-01), the registry module on it, and builders for people, lots and doses.
 */
final class RegistryWorld implements AutoCloseable {
    static final LocalDate TODAY = LocalDate.parse("2021-10-01");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2021-10-01T09:00:00Z"), ZoneOffset.UTC);
    static final Actor ADMIN = new Actor("nat.admin", Role.NATIONAL_ADMIN, null, null);
    static final UUID HANOI_CDC = DemoMasterData.facilityId("CDC-01");
    static final UUID HANOI_COMMUNE = DemoMasterData.facilityId("COMMUNE-01-1");
    static final UUID SITE = DemoMasterData.facilityId("SITE-01-1-1");
    static final UUID OTHER_SITE = DemoMasterData.facilityId("SITE-01-1-2");
    static final Actor VACCINATOR = new Actor("hanoi.site", Role.SITE_VACCINATOR, SITE, "01");
    private static final AtomicInteger PEOPLE = new AtomicInteger(100);

    final Store store;
    final Vaxline app;
    final RegistryModule registry;
    final UUID abdala;

    RegistryWorld(Dialect dialect, Path tempDir) {
        this.store = TestStores.open(dialect, tempDir);
        this.app = new Vaxline(store, CLOCK);
        app.masterData().masterData().importDocument(ADMIN, DemoMasterData.document());
        this.abdala = app.catalog().catalog().productByCode(DemoMasterData.ABDALA).orElseThrow().id();
        this.registry = app.registry();
    }

    /** A person registered at the site, with a phone. */
    UUID person(String name) {
        String number = "00109" + String.format("%07d", PEOPLE.incrementAndGet());
        NewPerson p = new NewPerson(Ids.newId(), IdentityType.CCCD, number, name, LocalDate.of(1990, 5, 1), Sex.MALE,
                "0912 345 " + String.format("%03d", PEOPLE.get() % 1000), "01", HANOI_COMMUNE, "HEALTH_WORKER", SITE, true);
        return app.persons().registerPerson().register(ADMIN, p).value().id();
    }

    UUID lot(String number, String expires) {
        UUID id = Ids.newId();
        LocalDate expiry = LocalDate.parse(expires);
        app.lots().registerLots().register(ADMIN, List.of(new NewLot(id, abdala, number, DemoMasterData.ABDALA_GTIN,
                expiry.minusMonths(9), expiry)));
        return id;
    }

    UUID releasedLot(String number, String expires) {
        UUID id = lot(number, expires);
        app.lots().decideRelease().decide(ADMIN, id, ReleaseRequest.release(Ids.newId(), "NCL-" + number, TODAY.minusDays(5)));
        return id;
    }

    /** A released lot with doses received at the site long ago. */
    UUID stockedLot(String number, long doses) {
        UUID lot = releasedLot(number, "2022-02-28");
        receive(SITE, lot, doses);
        return lot;
    }

    void receive(UUID facility, UUID lot, long doses) {
        app.stock().recordMovement().record(ADMIN, new MovementRequest(Ids.newId(), MovementType.RECEIPT, facility, lot, null,
                doses, TODAY.minusDays(120), null, "AWB 1", null, null, null, null));
    }

    static DoseRequest dose(UUID person, UUID product, UUID lot, UUID site, LocalDate on) {
        return new DoseRequest(Ids.newId(), person, product, lot, site, on, null, null);
    }

    Dose give(UUID person, UUID lot, LocalDate on) {
        return registry.recordDose().record(VACCINATOR, dose(person, abdala, lot, SITE, on)).value();
    }

    long onHand(UUID facility, UUID lot) {
        return store.read(h -> h.createQuery("SELECT COALESCE(SUM(quantity), 0) FROM stock_balances WHERE facility_id = :f AND lot_id = :l")
                .bind("f", facility).bind("l", lot).mapTo(Long.class).one());
    }

    long ledgerSum(UUID facility, UUID lot) {
        return store.read(h -> h.createQuery("SELECT COALESCE(SUM(quantity), 0) FROM stock_movements WHERE facility_id = :f AND lot_id = :l")
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
