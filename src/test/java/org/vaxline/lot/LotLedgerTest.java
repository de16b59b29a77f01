package org.vaxline.lot;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaxline.lot.domain.HoldOutcome;
import org.vaxline.lot.domain.HoldSource;
import org.vaxline.lot.domain.LotError;
import org.vaxline.lot.domain.LotStatus;
import org.vaxline.lot.domain.NewHold;
import org.vaxline.lot.domain.NewLot;
import org.vaxline.lot.domain.NewShelfLifeDecision;
import org.vaxline.lot.domain.ReleaseRequest;
import org.vaxline.platform.error.ErrorCode;
import org.vaxline.platform.error.PlatformError;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.store.Dialect;
import org.vaxline.platform.store.Store;
import org.vaxline.testing.TestStores;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vaxline.lot.LotFixtures.ABDALA;
import static org.vaxline.lot.LotFixtures.ADMIN;
import static org.vaxline.lot.LotFixtures.HANOI;
import static org.vaxline.lot.LotFixtures.HANOI_SITE;
import static org.vaxline.lot.LotFixtures.HUE_SITE;
import static org.vaxline.lot.LotFixtures.VACCINATOR;
import static org.vaxline.lot.LotFixtures.abdala;

/** Lots, release, holds and shelf-life decisions on SQLite and PostgreSQL: the same tests, unchanged. */
class LotLedgerTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2022-03-01T08:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate RELEASED_ON = LocalDate.parse("2021-09-20");

    @TempDir
    Path tempDir;
    private Store store;
    private LotModule module;

    private void open(Dialect dialect) {
        store = TestStores.open(dialect, tempDir);
        module = new LotModule(store, CLOCK, new LotFixtures());
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    private UUID registered(String number) {
        UUID id = Ids.newId();
        module.registerLots().register(ADMIN, List.of(abdala(id, number)));
        return id;
    }

    private UUID released(String number) {
        UUID id = registered(number);
        module.decideRelease().decide(ADMIN, id, ReleaseRequest.release(null, "NICVB-" + number, RELEASED_ON));
        return id;
    }

    private static void assertRefused(Runnable call, ErrorCode code, String... inDetail) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(VaxlineException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            for (String part : inDetail) {
                assertThat(e.getMessage()).contains(part);
            }
        });
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void registersLotsOnceQuarantinedAndRefusesAnotherIdForTheSameNumber(Dialect dialect) {
        open(dialect);
        UUID id = Ids.newId();
        assertThat(module.registerLots().register(ADMIN, List.of(abdala(id, "A2101"))).get(0).isNew()).isTrue();
        assertThat(module.registerLots().register(ADMIN, List.of(abdala(id, "A2101"))).get(0).isNew()).isFalse();
        assertThat(module.availability().state(id)).hasValueSatisfying(s -> {
            assertThat(s.status()).isEqualTo(LotStatus.QUARANTINED);
            assertThat(s.gtin()).isEqualTo("0" + LotFixtures.GTIN);
            assertThat(s.expiresOn()).isEqualTo(LocalDate.parse("2022-02-01"));
        });
        assertRefused(() -> module.registerLots().register(ADMIN, List.of(abdala(id, "A2102"))), PlatformError.IDEMPOTENCY_CONFLICT);
        assertRefused(() -> module.registerLots().register(ADMIN, List.of(abdala(Ids.newId(), "A2101"))),
                LotError.LOT_NUMBER_TAKEN, "lots[0].lotNumber");
        assertRefused(() -> module.registerLots().register(HANOI, List.of(abdala(Ids.newId(), "A2103"))), PlatformError.FORBIDDEN);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void namesEveryBadPartAndRegistersNothing(Dialect dialect) {
        open(dialect);
        UUID good = Ids.newId();
        NewLot badGtin = new NewLot(Ids.newId(), ABDALA, "A2", LotFixtures.BAD_GTIN, LocalDate.parse("2021-08-01"), LocalDate.parse("2022-02-01"));
        NewLot badDates = new NewLot(Ids.newId(), ABDALA, "A3", LotFixtures.GTIN, LocalDate.parse("2021-08-01"), LocalDate.parse("2021-07-01"));
        NewLot otherGtin = new NewLot(Ids.newId(), ABDALA, "A4", "96385074", LocalDate.parse("2021-08-01"), LocalDate.parse("2022-02-01"));
        assertThatThrownBy(() -> module.registerLots().register(ADMIN, List.of(abdala(good, "A1"), badGtin, badDates, otherGtin)))
                .isInstanceOfSatisfying(VaxlineException.class, e -> {
                    assertThat(e.code()).isEqualTo(LotError.LOT_INVALID);
                    assertThat(e.fieldErrors()).containsOnlyKeys("lots[1].gtin", "lots[2].labelledExpiry", "lots[3].gtin");
                    assertThat(e.fieldErrors().get("lots[1].gtin")).contains("check digit is 7 but should be 1");
                });
        assertThat(module.availability().state(good)).isEmpty();
        // A product that lists no GTINs takes any valid one (a locally made batch).
        NewLot local = new NewLot(Ids.newId(), LotFixtures.NO_GTINS, "VN-001", "96385074", LocalDate.parse("2022-01-10"),
                LocalDate.parse("2022-07-10"));
        assertThat(module.registerLots().register(ADMIN, List.of(local)).get(0).isNew()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aLotIsReleasedOrRejectedOnceAndThenOnlyHeld(Dialect dialect) {
        open(dialect);
        UUID lot = registered("A1");
        UUID decision = Ids.newId();
        assertThat(module.decideRelease().decide(ADMIN, lot, ReleaseRequest.release(decision, "C-1", RELEASED_ON)).isNew()).isTrue();
        assertThat(module.decideRelease().decide(ADMIN, lot, ReleaseRequest.release(decision, "C-1", RELEASED_ON)).isNew()).isFalse();
        assertThat(module.decideRelease().decide(ADMIN, lot, ReleaseRequest.release(null, "C-1", RELEASED_ON)).isNew()).isFalse();
        assertRefused(() -> module.decideRelease().decide(ADMIN, lot, ReleaseRequest.reject(null, "potency", RELEASED_ON)),
                LotError.LOT_ALREADY_DECIDED, "A1");
        assertThat(module.availability().state(lot).orElseThrow().status()).isEqualTo(LotStatus.RELEASED);

        UUID rejected = registered("A2");
        module.decideRelease().decide(ADMIN, rejected, ReleaseRequest.reject(null, "failed potency test", RELEASED_ON));
        assertRefused(() -> module.decideRelease().decide(ADMIN, rejected, ReleaseRequest.release(null, "C-2", RELEASED_ON)),
                LotError.LOT_ALREADY_DECIDED);
        assertRefused(() -> module.decideRelease().decide(ADMIN, registered("A3"), ReleaseRequest.release(null, " ", RELEASED_ON)),
                LotError.LOT_DECISION_INVALID, "certificateNumber");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void requireUsableNamesWhyALotCannotBeUsed(Dialect dialect) {
        open(dialect);
        LocalDate day = LocalDate.parse("2021-10-01");
        UUID quarantined = registered("Q1");
        assertRefused(() -> module.availability().requireUsable(quarantined, HANOI_SITE, day), LotError.LOT_QUARANTINED, "Q1");
        UUID rejected = registered("R1");
        module.decideRelease().decide(ADMIN, rejected, ReleaseRequest.reject(null, "potency", RELEASED_ON));
        assertRefused(() -> module.availability().requireUsable(rejected, HANOI_SITE, day), LotError.LOT_REJECTED, "R1");
        assertRefused(() -> module.availability().requireUsable(Ids.newId(), HANOI_SITE, day), PlatformError.NOT_FOUND);

        UUID held = released("H1");
        module.placeHold().place(HANOI, held, new NewHold(null, HANOI_SITE, "fridge at 12 °C", HoldSource.EXCURSION, Ids.newId()));
        assertRefused(() -> module.availability().requireUsable(held, HANOI_SITE, day), LotError.LOT_ON_HOLD, "H1");
        assertThat(module.availability().requireUsable(held, HUE_SITE, day).lotNumber()).isEqualTo("H1");

        UUID recalled = released("E1");
        module.placeHold().place(ADMIN, recalled, new NewHold(null, null, "recall", HoldSource.RECALL, null));
        assertRefused(() -> module.availability().requireUsable(recalled, HUE_SITE, day), LotError.LOT_ON_HOLD, "everywhere");

        UUID ok = released("U1");
        assertThat(module.availability().requireUsable(ok, HANOI_SITE, LocalDate.parse("2022-02-01")).lotId()).isEqualTo(ok);
        assertRefused(() -> module.availability().requireUsable(ok, HANOI_SITE, LocalDate.parse("2022-02-02")),
                LotError.LOT_EXPIRED, "U1", "2022-02-01");
        assertThat(module.availability().states(List.of(ok, held, Ids.newId()))).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void holdsAreScopedAndLiftedOnceWithAnOutcome(Dialect dialect) {
        open(dialect);
        UUID lot = released("H1");
        NewHold excursion = new NewHold(Ids.newId(), HANOI_SITE, "fridge at 12 °C", HoldSource.EXCURSION, Ids.newId());
        assertRefused(() -> module.placeHold().place(VACCINATOR, lot, excursion), PlatformError.FORBIDDEN);
        assertRefused(() -> module.placeHold().place(HANOI, lot, new NewHold(null, HUE_SITE, "x", HoldSource.MANUAL, null)),
                PlatformError.FORBIDDEN);
        assertRefused(() -> module.placeHold().place(HANOI, lot, new NewHold(null, null, "x", HoldSource.MANUAL, null)),
                PlatformError.FORBIDDEN);
        UUID first = module.placeHold().place(HANOI, lot, excursion).value().id();
        assertThat(module.placeHold().place(HANOI, lot, excursion).isNew()).isFalse();
        UUID second = module.placeHold().place(ADMIN, lot, new NewHold(null, HANOI_SITE, "check", HoldSource.MANUAL, null)).value().id();

        module.liftHold().lift(HANOI, lot, first, HoldOutcome.RELEASED, "vaccine stability data: still potent");
        assertThat(module.availability().state(lot).orElseThrow().onHoldAt(HANOI_SITE)).isTrue();
        assertThat(module.liftHold().lift(HANOI, lot, first, HoldOutcome.RELEASED, "vaccine stability data: still potent").isNew()).isFalse();
        assertRefused(() -> module.liftHold().lift(HANOI, lot, first, HoldOutcome.DISCARDED, "no"), LotError.LOT_HOLD_ALREADY_LIFTED);
        module.liftHold().lift(ADMIN, null, second, HoldOutcome.DISCARDED, "frozen");
        assertThat(module.availability().state(lot).orElseThrow().heldAtFacilities()).isEmpty();
        assertThat(module.queries().detail(lot).holds()).hasSize(2).allSatisfy(h -> assertThat(h.isOpen()).isFalse());
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aShelfLifeExtensionAppliesToExistingAndLaterLotsAndNeverShortens(Dialect dialect) {
        open(dialect);
        UUID before = registered("A1");
        UUID longLabel = Ids.newId();
        module.registerLots().register(ADMIN, List.of(new NewLot(longLabel, ABDALA, "A9", LotFixtures.GTIN,
                LocalDate.parse("2021-08-01"), LocalDate.parse("2022-06-30"))));
        module.recordShelfLifeDecision().record(ADMIN, ABDALA, new NewShelfLifeDecision(null, 9, LocalDate.parse("2022-02-23"),
                "Drug Administration of Viet Nam", "DAV decision 2022", null, null));
        assertThat(module.availability().state(before).orElseThrow().expiresOn()).isEqualTo(LocalDate.parse("2022-05-01"));
        assertThat(module.availability().state(before).orElseThrow().labelledExpiry()).isEqualTo(LocalDate.parse("2022-02-01"));
        assertThat(module.availability().state(longLabel).orElseThrow().expiresOn()).isEqualTo(LocalDate.parse("2022-06-30"));
        UUID after = registered("A2");
        assertThat(module.availability().state(after).orElseThrow().expiresOn()).isEqualTo(LocalDate.parse("2022-05-01"));
        assertRefused(() -> module.recordShelfLifeDecision().record(ADMIN, ABDALA, new NewShelfLifeDecision(null, 0,
                LocalDate.parse("2022-02-23"), "DAV", "x", null, null)), LotError.SHELF_LIFE_DECISION_INVALID, "months");
        assertThat(module.queries().shelfLifeDecisions(ABDALA, null, 10).items()).hasSize(1);
        assertThat(module.rebuild().rebuild().matched()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void theDatabaseRefusesToRewriteTheLedgersAndTheRebuildRepairsTheProjection(Dialect dialect) {
        open(dialect);
        UUID lot = released("A1");
        module.placeHold().place(ADMIN, lot, new NewHold(null, null, "recall", HoldSource.RECALL, null));
        for (String sql : List.of("UPDATE lots SET lot_number = 'X'", "DELETE FROM lots", "UPDATE lot_decisions SET reason = 'x'",
                "DELETE FROM lot_decisions", "UPDATE lot_holds SET reason = 'x'", "DELETE FROM lot_holds")) {
            assertThatThrownBy(() -> store.inTransaction(h -> h.createUpdate(sql).execute())).as(sql)
                    .hasMessageContaining("append-only");
        }
        store.inTransaction(h -> h.createUpdate("UPDATE lot_state SET status = 'QUARANTINED', held_everywhere = "
                + (dialect == Dialect.SQLITE ? "0" : "false")).execute());
        assertThat(module.rebuild().rebuild().mismatchesBefore()).isEqualTo(1);
        assertThat(module.rebuild().rebuild().matched()).isTrue();
        assertThat(module.availability().state(lot).orElseThrow().heldEverywhere()).isTrue();
    }
}
