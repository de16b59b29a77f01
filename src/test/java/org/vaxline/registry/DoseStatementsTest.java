package org.vaxline.registry;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaxline.facility.domain.Facility;
import org.vaxline.masterdata.domain.MasterDocument;
import org.vaxline.platform.store.Dialect;
import org.vaxline.registry.application.DoseRequest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vaxline.registry.RegistryWorld.TODAY;

/**
 * Pins the SQL one dose sends to the store (issue 13: at most 10), counted as the store executes them, with the
 * coverage, schedule, certificate and daily stock use subscribers of the real application wired. The ledgers' hash
 * chains cost one statement per ledger per transaction, not per entry, so they are pinned apart: a dose alone pays
 * them in full; a batch of doses recorded together (group commit, an import chunk) sends each of its statements once,
 * whatever its size: its rows are held and written one batch per table (DeferredWrites).
 */
class DoseStatementsTest {
    static final int MAX_STATEMENTS_PER_DOSE = 10;
    static final int LEDGERS_A_DOSE_WRITES = 2; // doses and stock movements

    @TempDir
    Path tempDir;

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aDoseSendsAtMostTenStatementsBesideOneChainLinkPerLedger(Dialect dialect) throws Exception {
        try (RegistryWorld w = new RegistryWorld(dialect, tempDir)) {
            UUID lot = w.stockedLot("A1", 100);
            UUID an = w.person("Nguyễn Văn An");
            UUID binh = w.person("Trần Thị Bình");
            w.give(binh, lot, TODAY.minusDays(40));
            w.give(an, lot, TODAY.minusDays(40));
            List<String> first = statementsOf(w, () -> w.give(binh, lot, TODAY.minusDays(20)));
            List<String> second = statementsOf(w, () -> w.give(an, lot, TODAY.minusDays(20)));
            System.out.println(dialect + ": " + second.size() + " statements for one dose\n  " + String.join("\n  ", second));
            for (List<String> dose : List.of(first, second)) {
                assertThat(dose.stream().filter(sql -> !isChainLink(sql))).hasSizeLessThanOrEqualTo(MAX_STATEMENTS_PER_DOSE);
                assertThat(dose.stream().filter(DoseStatementsTest::isChainLink)).hasSizeLessThanOrEqualTo(LEDGERS_A_DOSE_WRITES + 1);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aBatchOfDosesSendsAsManyStatementsWhateverItsSize(Dialect dialect) throws Exception {
        try (RegistryWorld w = new RegistryWorld(dialect, tempDir)) {
            UUID lot = w.stockedLot("A1", 200);
            List<String> ofFour = secondDosesTogether(w, lot, 4);
            List<String> ofForty = secondDosesTogether(w, lot, 40);
            System.out.println(dialect + ": " + ofForty.size() + " statements for a batch of 40 doses\n  " + String.join("\n  ", ofForty));
            // each statement is sent once per batch: the people, their doses and the balances are read in one
            // statement each, and each table's rows are written in one batch
            assertThat(ofForty).hasSameSizeAs(ofFour);
            assertThat(ofForty.size()).isLessThanOrEqualTo(MAX_STATEMENTS_PER_DOSE + 3 + LEDGERS_A_DOSE_WRITES + 1);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aBatchFromTwoLotsWritesEachTableOnceAtTheEnd(Dialect dialect) throws Exception {
        try (RegistryWorld w = new RegistryWorld(dialect, tempDir)) {
            UUID a1 = w.stockedLot("A1", 100);
            UUID a2 = w.stockedLot("A2", 100);
            List<DoseRequest> firsts = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                UUID person = w.person("Người Hai Lô " + (char) ('A' + i));
                firsts.add(RegistryWorld.dose(person, w.abdala, i % 2 == 0 ? a1 : a2, RegistryWorld.SITE, TODAY.minusDays(20)));
            }
            List<String> batch = statementsOf(w, () -> w.registry.recordDose().recordTogether(RegistryWorld.VACCINATOR, firsts)
                    .forEach(outcome -> assertThat(outcome.orThrow().isNew()).isTrue()));
            // both lots are read before the first dose holds a row: a lot first read mid-batch would write the rows
            // held so far before its read, and each table's statement would be sent twice
            assertThat(batch.stream().filter(sql -> sql.contains("FROM lots"))).hasSize(1);
            assertThat(batch.stream().filter(sql -> sql.contains("INSERT INTO doses"))).hasSize(1);
            assertThat(batch.stream().filter(sql -> sql.contains("INSERT INTO stock_movements"))).hasSize(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aBatchAtTwoSitesReadsTheSitesAheadOnceTheirCacheIsGone(Dialect dialect) throws Exception {
        try (RegistryWorld w = new RegistryWorld(dialect, tempDir)) {
            UUID lot = w.stockedLot("A1", 100);
            w.receive(RegistryWorld.OTHER_SITE, lot, 100);
            List<DoseRequest> firsts = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                UUID person = w.person("Người Hai Nơi " + (char) ('A' + i));
                firsts.add(RegistryWorld.dose(person, w.abdala, lot, i % 2 == 0 ? RegistryWorld.SITE : RegistryWorld.OTHER_SITE,
                        TODAY.minusDays(20)));
            }
            // a facility's note changed: every cached facility is forgotten, as when their time to live runs out
            Facility noted = w.app.facilities().facilities().find(RegistryWorld.HANOI_CDC).orElseThrow();
            w.app.masterData().masterData().importDocument(RegistryWorld.ADMIN, new MasterDocument(null, null, null, null,
                    List.of(new Facility(noted.id(), noted.code(), noted.name(), noted.type(), noted.parentId(),
                            noted.provinceCode(), "a note written after the sites were read"))));
            List<String> batch = statementsOf(w, () -> w.registry.recordDose().recordTogether(RegistryWorld.ADMIN, firsts)
                    .forEach(outcome -> assertThat(outcome.orThrow().isNew()).isTrue()));
            // both sites are read in one statement before the first dose holds a row (a site read mid-batch would write
            // the rows held so far before it)
            assertThat(batch.stream().filter(sql -> sql.contains("FROM facility"))).hasSize(1);
            assertThat(batch.stream().filter(sql -> sql.contains("INSERT INTO doses"))).hasSize(1);
        }
    }

    /** Gives n new people a first dose each (alone), then their second doses together; the statements of the latter. */
    private static List<String> secondDosesTogether(RegistryWorld w, UUID lot, int n) throws Exception {
        List<UUID> people = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            people.add(w.person("Người " + (n < 10 ? "Nhỏ" : "Lớn") + " " + (char) ('A' + i % 26) + (char) ('a' + i / 26)));
        }
        for (UUID person : people) {
            w.give(person, lot, TODAY.minusDays(40));
        }
        List<DoseRequest> second = people.stream()
                .map(p -> RegistryWorld.dose(p, w.abdala, lot, RegistryWorld.SITE, TODAY.minusDays(20))).toList();
        return statementsOf(w, () -> w.registry.recordDose().recordTogether(RegistryWorld.VACCINATOR, second)
                .forEach(outcome -> assertThat(outcome.orThrow().isNew()).isTrue()));
    }

    /** A ledger's links, or its head (SQLite moves every ledger's head in one statement after the links). */
    static boolean isChainLink(String sql) {
        return sql.contains("ledger_blocks") || sql.contains("ledger_heads");
    }

    static List<String> statementsOf(RegistryWorld w, Runnable work) throws Exception {
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        try (AutoCloseable ignored = w.store.statements().listen(seen::add)) {
            work.run();
        }
        return List.copyOf(seen);
    }
}
