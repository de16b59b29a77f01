package org.vaxline.stock;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.store.Dialect;
import org.vaxline.stock.application.MovementRequest;
import org.vaxline.stock.domain.MovementType;
import org.vaxline.stock.domain.StockMovement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vaxline.stock.StockWorld.ADMIN;
import static org.vaxline.stock.StockWorld.HANOI_CDC;
import static org.vaxline.stock.StockWorld.TODAY;

/**
 * The ledger's invariants under random sequences of movements, on both stores: every balance equals the sum of its
 * ledger entries and is never negative, every accepted movement is in the ledger and no refused one is, a reversal
 * restores the balance, and a rebuild equals the projection.
 */
class StockLedgerPropertiesTest {
    private Path tempDir;

    @BeforeProperty
    void makeTempDir() throws IOException {
        tempDir = Files.createTempDirectory("vaxline-stock-properties");
    }

    @AfterProperty
    void removeTempDir() throws IOException {
        try (var files = Files.walk(tempDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** One step of a random history: which kind of movement, where, of which lot, how many doses. */
    record Step(MovementType type, int facility, int lot, long quantity, int reverseIndex) {
    }

    @Provide
    Arbitrary<List<Step>> histories() {
        Arbitrary<MovementType> types = Arbitraries.of(MovementType.RECEIPT, MovementType.RECEIPT, MovementType.ISSUE,
                MovementType.ISSUE, MovementType.TRANSFER_OUT, MovementType.ADJUSTMENT, MovementType.WASTAGE, MovementType.REVERSAL);
        Arbitrary<Step> steps = Combinators.combine(types, Arbitraries.integers().between(0, 1), Arbitraries.integers().between(0, 1),
                Arbitraries.longs().between(1, 400), Arbitraries.integers().between(0, 1000)).as(Step::new);
        return steps.list().ofMinSize(5).ofMaxSize(40);
    }

    @Property(tries = 12)
    void onSqlite(@ForAll("histories") List<Step> history) {
        check(Dialect.SQLITE, history);
    }

    @Property(tries = 6)
    void onPostgresql(@ForAll("histories") List<Step> history) {
        check(Dialect.POSTGRESQL, history);
    }

    private void check(Dialect dialect, List<Step> history) {
        try (StockWorld w = new StockWorld(dialect, tempDir)) {
            UUID[] facilities = {StockWorld.NIHE, HANOI_CDC};
            UUID[] lots = {w.releasedLot("P1", "2022-03-01"), w.releasedLot("P2", "2022-03-15")};
            List<StockMovement> accepted = new ArrayList<>();
            for (Step step : history) {
                MovementRequest request = request(step, facilities, lots, accepted);
                long before = w.entries();
                try {
                    accepted.addAll(w.move(ADMIN, request));
                } catch (VaxlineException refused) {
                    assertThat(w.entries()).as("a refused movement writes nothing").isEqualTo(before);
                }
                for (UUID facility : facilities) {
                    for (UUID lot : lots) {
                        assertThat(w.onHand(facility, lot)).isEqualTo(w.ledgerSum(facility, lot)).isNotNegative();
                    }
                }
            }
            assertThat(w.entries()).isEqualTo(accepted.size());
            assertThat(w.app.stock().rebuildBalances().matched()).isTrue();
        }
    }

    private static MovementRequest request(Step step, UUID[] facilities, UUID[] lots, List<StockMovement> accepted) {
        UUID facility = facilities[step.facility()];
        UUID lot = lots[step.lot()];
        return switch (step.type()) {
            case TRANSFER_OUT -> new MovementRequest(Ids.newId(), MovementType.TRANSFER_OUT, facility, lot, null, step.quantity(),
                    TODAY, null, null, facilities[1 - step.facility()], null, null, null);
            case ADJUSTMENT -> new MovementRequest(Ids.newId(), MovementType.ADJUSTMENT, facility, lot, null,
                    step.quantity() % 2 == 0 ? step.quantity() : -step.quantity(), TODAY, "stock count", null, null, null, null, null);
            case WASTAGE -> new MovementRequest(Ids.newId(), MovementType.WASTAGE, facility, lot, null, step.quantity(), TODAY,
                    "BREAKAGE", null, null, null, null, null);
            case REVERSAL -> StockWorld.reversal(accepted.isEmpty() ? Ids.newId()
                    : accepted.get(step.reverseIndex() % accepted.size()).id(), "entered by mistake");
            default -> StockWorld.of(step.type(), facility, lot, step.quantity());
        };
    }
}
