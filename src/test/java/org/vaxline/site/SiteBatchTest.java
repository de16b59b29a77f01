package org.vaxline.site;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaxline.app.Vaxline;
import org.vaxline.lot.domain.NewLot;
import org.vaxline.lot.domain.ReleaseRequest;
import org.vaxline.masterdata.demo.DemoMasterData;
import org.vaxline.person.domain.IdentityType;
import org.vaxline.person.domain.NewPerson;
import org.vaxline.person.domain.Sex;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.security.Role;
import org.vaxline.platform.store.Dialect;
import org.vaxline.registry.application.DoseSearch;
import org.vaxline.site.application.BatchItem;
import org.vaxline.site.application.BatchOutcome;
import org.vaxline.site.application.SitePack;
import org.vaxline.stock.application.MovementRequest;
import org.vaxline.stock.domain.MovementType;
import org.vaxline.testing.TestStores;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The site's batch and pack on SQLite and PostgreSQL: each record's outcome, resends (also in parallel) harmless. */
class SiteBatchTest {
    private static final LocalDate TODAY = LocalDate.parse("2021-10-01");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2021-10-01T09:00:00Z"), ZoneOffset.UTC);
    private static final Actor ADMIN = new Actor("nat.admin", Role.NATIONAL_ADMIN, null, null);
    private static final UUID SITE = DemoMasterData.facilityId("SITE-01-1-1");
    private static final UUID OTHER_SITE = DemoMasterData.facilityId("SITE-01-1-2");
    private static final Actor VACCINATOR = new Actor("hanoi.site", Role.SITE_VACCINATOR, SITE, "01");

    @TempDir
    Path tempDir;

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aBatchRecordsEachRecordOnceAndSaysWhatBecameOfIt(Dialect dialect) throws Exception {
        try (Vaxline app = world(dialect)) {
            stockedLot(app, "A2109-01", 10);
            UUID person = Ids.newId();
            UUID first = Ids.newId();
            UUID tooEarly = Ids.newId();
            List<BatchItem> items = List.of(
                    new BatchItem("PERSON", person, newPerson("001090123456", "Nguyễn Văn An"), null),
                    // the vial scanned as the scanner sent it: ]d2, GTIN, expiry, lot, GS, serial
                    new BatchItem("DOSE", first, null, new BatchItem.QueuedDose(person, null, null,
                            "]d201" + DemoMasterData.ABDALA_GTIN + "1722022810A2109-01\u001d21X1", TODAY, null, null)),
                    new BatchItem("DOSE", tooEarly, null, new BatchItem.QueuedDose(person, null, null,
                            "(01)" + DemoMasterData.ABDALA_GTIN + "(10)A2109-01", TODAY, null, null)),
                    new BatchItem("DOSE", Ids.newId(), null, new BatchItem.QueuedDose(person, null, null,
                            "(10)NOT-HERE", TODAY, null, null)));
            List<BatchOutcome> outcomes = app.site().batch().apply(VACCINATOR, null, items);
            assertThat(outcomes).extracting(o -> o instanceof BatchOutcome.Recorded r ? (r.isNew() ? "201" : "200")
                    : ((BatchOutcome.Refused) o).problem().code().name())
                    .containsExactly("201", "201", "DOSE_INTERVAL_TOO_SHORT", "NOT_FOUND");

            List<BatchOutcome> again = app.site().batch().apply(VACCINATOR, null, items.subList(0, 2));
            assertThat(again).allSatisfy(o -> assertThat(((BatchOutcome.Recorded) o).isNew()).isFalse());
            assertThat(doses(app)).isEqualTo(1);
            assertThat(onHand(app)).isEqualTo(9);

            SitePack pack = app.site().packs().pack(VACCINATOR, null);
            assertThat(pack.people()).extracting(SitePack.PersonEntry::id).contains(person);
            assertThat(pack.people()).filteredOn(p -> p.id().equals(person)).singleElement()
                    .satisfies(p -> assertThat(p.nextDose()).isEqualTo(2));
            assertThat(pack.stock()).singleElement().satisfies(l -> {
                assertThat(l.quantity()).isEqualTo(9);
                assertThat(l.usable()).isTrue();
            });
            assertThat(pack.citizenIdProvinceCodes()).contains("001");
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void parallelResendsOfOneQueueRecordItOnce(Dialect dialect) throws Exception {
        try (Vaxline app = world(dialect)) {
            UUID lot = stockedLot(app, "A2109-02", 50);
            List<BatchItem> items = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                UUID person = Ids.newId();
                items.add(new BatchItem("PERSON", person, newPerson("00109" + String.format("%07d", 2000 + i), "Trần Thị Bình " + i), null));
                items.add(new BatchItem("DOSE", Ids.newId(), null, new BatchItem.QueuedDose(person, null, lot, null, TODAY, null, null)));
            }
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Callable<List<BatchOutcome>>> sends = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    sends.add(() -> app.site().batch().apply(VACCINATOR, null, items));
                }
                for (Future<List<BatchOutcome>> sent : pool.invokeAll(sends)) {
                    // every resend ends recorded (201 for the one that made it, 200 for the others), or a person
                    // still locked by a parallel send: never a second record
                    assertThat(sent.get()).hasSize(10);
                }
            } finally {
                pool.shutdown();
            }
            List<BatchOutcome> settled = app.site().batch().apply(VACCINATOR, null, items);
            assertThat(settled).allSatisfy(o -> assertThat(o).isInstanceOf(BatchOutcome.Recorded.class));
            assertThat(doses(app)).isEqualTo(5);
            assertThat(app.persons().directory().registeredAt(SITE, 100)).hasSize(5);
            assertThat(onHand(app)).isEqualTo(45);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aVaccinatorWorksOnlyAtTheirOwnSite(Dialect dialect) {
        try (Vaxline app = world(dialect)) {
            assertThatThrownBy(() -> app.site().packs().pack(VACCINATOR, OTHER_SITE)).isInstanceOfSatisfying(VaxlineException.class,
                    e -> assertThat(e.code().name()).isEqualTo("FORBIDDEN"));
            assertThatThrownBy(() -> app.site().batch().apply(VACCINATOR, OTHER_SITE, List.of(new BatchItem("DOSE", Ids.newId(), null, null))))
                    .isInstanceOfSatisfying(VaxlineException.class, e -> assertThat(e.code().name()).isEqualTo("FORBIDDEN"));
            assertThatThrownBy(() -> app.site().batch().apply(VACCINATOR, null, List.of()))
                    .isInstanceOfSatisfying(VaxlineException.class, e -> assertThat(e.code().name()).isEqualTo("MALFORMED_REQUEST"));
        }
    }

    private Vaxline world(Dialect dialect) {
        Vaxline app = new Vaxline(TestStores.open(dialect, tempDir), CLOCK);
        app.masterData().masterData().importDocument(ADMIN, DemoMasterData.document());
        return app;
    }

    private static NewPerson newPerson(String citizenId, String name) {
        return new NewPerson(null, IdentityType.CCCD, citizenId, name, LocalDate.of(1990, 5, 1), Sex.MALE, null, null, null,
                null, null, null);
    }

    private static UUID stockedLot(Vaxline app, String number, long doses) {
        UUID product = app.catalog().catalog().productByCode(DemoMasterData.ABDALA).orElseThrow().id();
        UUID id = Ids.newId();
        LocalDate expiry = LocalDate.parse("2022-02-28");
        app.lots().registerLots().register(ADMIN, List.of(new NewLot(id, product, number, DemoMasterData.ABDALA_GTIN,
                expiry.minusMonths(12), expiry)));
        app.lots().decideRelease().decide(ADMIN, id, ReleaseRequest.release(Ids.newId(), "NCL-" + number, expiry.minusMonths(12).plusDays(14)));
        app.stock().recordMovement().record(ADMIN, new MovementRequest(Ids.newId(), MovementType.RECEIPT, SITE, id, null,
                doses, TODAY.minusDays(120), null, "AWB 1", null, null, null, null));
        return id;
    }

    private static long doses(Vaxline app) {
        return app.registry().queries().count(new DoseSearch(null, null, null, null, null, null, null, false));
    }

    private static long onHand(Vaxline app) {
        return app.stock().queries().onHand(SITE, null, null, null).lines().stream().mapToLong(l -> l.quantity()).sum();
    }
}
