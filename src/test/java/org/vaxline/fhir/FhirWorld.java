package org.vaxline.fhir;

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
 * The real application on a real store with the demo master data (Abdala: 3 doses 14 days apart, SNOMED CT and ICD-11
 * codes), a fixed clock (2021-10-01 09:00Z), and builders for people, lots and doses.
 */
public final class FhirWorld implements AutoCloseable {
    public static final Instant NOW = Instant.parse("2021-10-01T09:00:00Z");
    public static final LocalDate TODAY = LocalDate.parse("2021-10-01");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    public static final Actor ADMIN = new Actor("nat.admin", Role.NATIONAL_ADMIN, null, null);
    public static final UUID SITE = DemoMasterData.facilityId("SITE-01-1-1");
    public static final UUID HANOI_COMMUNE = DemoMasterData.facilityId("COMMUNE-01-1");
    public static final Actor VACCINATOR = new Actor("hanoi.site", Role.SITE_VACCINATOR, SITE, "01");
    public static final Actor HUE_MANAGER = new Actor("hue.cdc", Role.PROVINCE_MANAGER, DemoMasterData.facilityId("CDC-46"), "46");
    public static final Actor AUDITOR = new Actor("auditor", Role.AUDITOR, null, null);
    private static final AtomicInteger PEOPLE = new AtomicInteger(700);

    public final Store store;
    public final Vaxline app;
    public final UUID abdala;

    public FhirWorld(Dialect dialect, Path tempDir) {
        this(dialect, tempDir, CLOCK);
    }

    /** With another clock, for records dated after the usual fixed day. */
    public FhirWorld(Dialect dialect, Path tempDir, Clock clock) {
        this.store = TestStores.open(dialect, tempDir);
        this.app = new Vaxline(store, clock, tempDir.resolve("keys-" + UUID.randomUUID()));
        app.masterData().masterData().importDocument(ADMIN, DemoMasterData.document());
        this.abdala = app.catalog().catalog().productByCode(DemoMasterData.ABDALA).orElseThrow().id();
    }

    /** A person of Hanoi registered at the site; returns the id. */
    public UUID person(String name) {
        return personWith(name, "00109" + String.format("%07d", PEOPLE.incrementAndGet()));
    }

    public UUID personWith(String name, String cccd) {
        NewPerson p = new NewPerson(Ids.newId(), IdentityType.CCCD, cccd, name, LocalDate.of(1990, 5, 14), Sex.MALE,
                "0912345678", "01", HANOI_COMMUNE, "HEALTH_WORKER", SITE, true);
        return app.persons().registerPerson().register(ADMIN, p).value().id();
    }

    /** A released lot, expiring 2022-02-28, with 100 doses in the site's stock since June 2021. */
    public UUID stockedLot(String number) {
        return stockedLot(number, 100);
    }

    /** A released lot, expiring 2022-02-28, with this many doses in the site's stock since June 2021. */
    public UUID stockedLot(String number, long doses) {
        return stockedLot(number, doses, SITE);
    }

    /** A released lot, expiring 2022-02-28, with this many doses in this site's stock since June 2021. */
    public UUID stockedLot(String number, long doses, UUID site) {
        UUID id = Ids.newId();
        LocalDate expiry = LocalDate.parse("2022-02-28");
        app.lots().registerLots().register(ADMIN, List.of(new NewLot(id, abdala, number, DemoMasterData.ABDALA_GTIN,
                expiry.minusMonths(12), expiry)));
        app.lots().decideRelease().decide(ADMIN, id, ReleaseRequest.release(Ids.newId(), "NCL-" + number, expiry.minusMonths(12).plusDays(14)));
        app.stock().recordMovement().record(ADMIN, new MovementRequest(Ids.newId(), MovementType.RECEIPT, site, id, null,
                doses, LocalDate.parse("2021-06-01"), null, "AWB 1", null, null, null, null));
        return id;
    }

    public Dose give(UUID person, UUID lot, LocalDate on) {
        return app.registry().recordDose().record(VACCINATOR, new DoseRequest(Ids.newId(), person, abdala, lot, SITE, on, null, null)).value();
    }

    public int count(String table) {
        return store.read(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Integer.class).one());
    }

    @Override
    public void close() {
        app.close();
    }
}
