package org.vaxline.person;

import org.vaxline.app.Vaxline;
import org.vaxline.masterdata.demo.DemoMasterData;
import org.vaxline.person.domain.IdentityType;
import org.vaxline.person.domain.NewPerson;
import org.vaxline.person.domain.Sex;
import org.vaxline.platform.event.EventBus;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.security.Role;
import org.vaxline.platform.store.Dialect;
import org.vaxline.platform.store.Store;
import org.vaxline.testing.TestStores;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

/** The real application on a real store with the demo master data, the person module on it, and a fixed clock. */
final class PersonWorld implements AutoCloseable {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2021-10-01T09:00:00Z"), ZoneOffset.UTC);
    static final Actor ADMIN = new Actor("nat.admin", Role.NATIONAL_ADMIN, null, null);
    static final Actor AUDITOR = new Actor("auditor", Role.AUDITOR, null, null);
    static final UUID HANOI_CDC = DemoMasterData.facilityId("CDC-01");
    static final UUID HANOI_COMMUNE = DemoMasterData.facilityId("COMMUNE-01-1");
    static final UUID HANOI_SITE = DemoMasterData.facilityId("SITE-01-1-1");
    static final UUID HUE_COMMUNE = DemoMasterData.facilityId("COMMUNE-46-1");
    static final Actor HANOI_MANAGER = new Actor("hanoi.cdc", Role.PROVINCE_MANAGER, HANOI_CDC, "01");
    static final Actor HANOI_VACCINATOR = new Actor("hanoi.site", Role.SITE_VACCINATOR, HANOI_SITE, "01");
    static final UUID HUE_CDC = DemoMasterData.facilityId("CDC-46");
    static final UUID HUE_SITE = DemoMasterData.facilityId("SITE-46-1-1");
    static final Actor HUE_MANAGER = new Actor("hue.cdc", Role.PROVINCE_MANAGER, HUE_CDC, "46");
    static final Actor HUE_VACCINATOR = new Actor("hue.site", Role.SITE_VACCINATOR, HUE_SITE, "46");

    final Store store;
    final Vaxline app;
    final PersonModule persons;
    /** The bus the person module announces on; a test subscribes to see what it says. */
    final EventBus events = new EventBus();

    PersonWorld(Dialect dialect, Path tempDir) {
        this.store = TestStores.open(dialect, tempDir);
        this.app = new Vaxline(store, CLOCK);
        app.masterData().masterData().importDocument(ADMIN, DemoMasterData.document());
        this.persons = new PersonModule(store, CLOCK, app.facilities().facilities(), events);
    }

    /** Nguyễn Văn An, born 1990-05-01 in Hà Nội, male, 0912 345 678. */
    static NewPerson an() {
        return new NewPerson(Ids.newId(), IdentityType.CCCD, "001090000123", "Nguyễn Văn An", LocalDate.of(1990, 5, 1),
                Sex.MALE, "0912 345 678", "01", HANOI_COMMUNE, "HEALTH_WORKER", null, null);
    }

    static NewPerson with(NewPerson p, String identityNumber, String phone) {
        return new NewPerson(Ids.newId(), p.identityType(), identityNumber, p.fullName(), p.dateOfBirth(), p.sex(), phone,
                p.provinceCode(), p.communeId(), p.priorityGroup(), p.registeredAt(), p.confirmNotDuplicate());
    }

    static NewPerson confirmed(NewPerson p) {
        return new NewPerson(p.id(), p.identityType(), p.identityNumber(), p.fullName(), p.dateOfBirth(), p.sex(), p.phone(),
                p.provinceCode(), p.communeId(), p.priorityGroup(), p.registeredAt(), true);
    }

    UUID register(NewPerson p) {
        return persons.registerPerson().register(ADMIN, p).value().id();
    }

    int count(String table) {
        return store.read(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Integer.class).one());
    }

    @Override
    public void close() {
        app.close();
    }
}
