package org.vaxline.registry;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.vaxline.lot.domain.HoldSource;
import org.vaxline.lot.domain.LotState;
import org.vaxline.lot.domain.NewHold;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.store.Dialect;
import org.vaxline.registry.application.DoseRequest;
import org.vaxline.registry.domain.Dose;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vaxline.registry.RegistryWorld.ADMIN;
import static org.vaxline.registry.RegistryWorld.OTHER_SITE;
import static org.vaxline.registry.RegistryWorld.SITE;
import static org.vaxline.registry.RegistryWorld.TODAY;

/**
 * Invariant 3 under random dose attempts at random sites, days and lots (released, quarantined, expiring, on hold, scarce):
 * every recorded dose's lot was released, unexpired on its day, not on hold and in stock at that site; each took exactly
 * one dose from that site's stock; balances equal the ledger; refused attempts leave nothing; the schedule equals a rebuild.
 */
class DoseRegistryPropertiesTest {
    private Path tempDir;

    @BeforeProperty
    void makeTempDir() throws IOException {
        tempDir = Files.createTempDirectory("vaxline-dose-properties");
    }

    @AfterProperty
    void removeTempDir() throws IOException {
        try (var files = Files.walk(tempDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    record Attempt(int person, int site, int lot, int daysAgo, boolean override) {
    }

    @Provide
    Arbitrary<List<Attempt>> attempts() {
        return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 1),
                        Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 60), Arbitraries.of(true, false, false))
                .as(Attempt::new).list().ofMinSize(5).ofMaxSize(25);
    }

    @Property(tries = 8)
    void onSqlite(@ForAll("attempts") List<Attempt> attempts) {
        check(Dialect.SQLITE, attempts);
    }

    @Property(tries = 4)
    void onPostgresql(@ForAll("attempts") List<Attempt> attempts) {
        check(Dialect.POSTGRESQL, attempts);
    }

    private void check(Dialect dialect, List<Attempt> attempts) {
        try (RegistryWorld w = new RegistryWorld(dialect, tempDir)) {
            UUID[] sites = {SITE, OTHER_SITE};
            UUID[] lots = {w.releasedLot("R1", "2022-02-28"), w.lot("Q1", "2022-02-28"), w.releasedLot("E1", "2021-09-15"),
                    w.releasedLot("H1", "2022-02-28"), w.releasedLot("S1", "2022-02-28")};
            w.receive(SITE, lots[0], 30);
            w.receive(SITE, lots[1], 30);
            w.receive(SITE, lots[2], 30);
            w.receive(OTHER_SITE, lots[2], 30);
            w.receive(OTHER_SITE, lots[3], 30);
            w.receive(SITE, lots[4], 2);
            w.app.lots().placeHold().place(ADMIN, lots[3], new NewHold(Ids.newId(), OTHER_SITE, "VVM", HoldSource.MANUAL, null));
            UUID[] people = {w.person("An"), w.person("Bình"), w.person("Chi"), w.person("Dũng")};
            Map<String, Long> before = new HashMap<>();
            for (UUID site : sites) {
                for (UUID lot : lots) {
                    before.put(site + "/" + lot, w.onHand(site, lot));
                }
            }
            List<Dose> recorded = new ArrayList<>();
            for (Attempt a : attempts) {
                int doses = w.count("doses");
                int movements = w.count("stock_movements");
                DoseRequest request = new DoseRequest(Ids.newId(), people[a.person()], w.abdala, lots[a.lot()], sites[a.site()],
                        TODAY.minusDays(a.daysAgo()), null, a.override() ? "campaign" : null);
                try {
                    recorded.add(w.registry.recordDose().record(ADMIN, request).value());
                } catch (VaxlineException refused) {
                    assertThat(w.count("doses")).as(refused.getMessage()).isEqualTo(doses);
                    assertThat(w.count("stock_movements")).isEqualTo(movements);
                }
            }
            Map<String, Long> taken = new HashMap<>();
            for (Dose d : recorded) {
                LotState lot = w.app.lots().availability().state(d.lotId()).orElseThrow();
                assertThat(lot.status().name()).isEqualTo("RELEASED");
                assertThat(lot.expiredOn(d.givenOn())).isFalse();
                assertThat(lot.onHoldAt(d.siteId())).isFalse();
                taken.merge(d.siteId() + "/" + d.lotId(), 1L, Long::sum);
                assertThat(w.app.stock().queries().request(d.stockRequestId()))
                        .singleElement().satisfies(m -> {
                            assertThat(m.facilityId()).isEqualTo(d.siteId());
                            assertThat(m.lotId()).isEqualTo(d.lotId());
                            assertThat(m.quantity()).isEqualTo(-1);
                        });
            }
            for (UUID site : sites) {
                for (UUID lot : lots) {
                    String key = site + "/" + lot;
                    assertThat(w.onHand(site, lot)).as(key).isEqualTo(before.get(key) - taken.getOrDefault(key, 0L))
                            .isEqualTo(w.ledgerSum(site, lot)).isNotNegative();
                }
            }
            assertThat(w.count("doses")).isEqualTo(recorded.size());
            assertThat(w.registry.rebuildSchedules().matched()).isTrue();
        }
    }
}
