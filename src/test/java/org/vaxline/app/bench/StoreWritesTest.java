package org.vaxline.app.bench;

import org.junit.jupiter.api.Test;
import org.vaxline.platform.store.Store;
import org.vaxline.testing.TestStores;

import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

class StoreWritesTest {
    @Test
    void dividesWhatWasWrittenBetweenTwoReadingsByTheUnits() {
        assertThat(StoreWrites.perUnit(OptionalLong.of(1_000), OptionalLong.of(41_000), 8)).hasValue(5_000);
        assertThat(StoreWrites.perUnit(OptionalLong.of(1_000), OptionalLong.of(1_003), 8)).hasValue(0);
    }

    @Test
    void hasNoFigureWithoutBothReadingsOrWithoutUnits() {
        assertThat(StoreWrites.perUnit(OptionalLong.empty(), OptionalLong.of(10), 1)).isEmpty();
        assertThat(StoreWrites.perUnit(OptionalLong.of(10), OptionalLong.empty(), 1)).isEmpty();
        assertThat(StoreWrites.perUnit(OptionalLong.of(10), OptionalLong.of(20), 0)).isEmpty();
    }

    /** PostgreSQL's log position moves with every change, by at least the bytes of the rows written. */
    @Test
    void readsTheLogPostgresqlGeneratedForRowsWritten() {
        try (Store store = Store.open(TestStores.freshPostgresSchemaUrl())) {
            StoreWrites writes = new StoreWrites(store);
            store.inTransaction(h -> h.execute("CREATE TABLE written (line TEXT NOT NULL)"));
            OptionalLong before = writes.now();
            store.inTransaction(h -> h.execute("INSERT INTO written SELECT repeat('x', 1000) FROM generate_series(1, 1000)"));
            OptionalLong after = writes.now();

            assertThat(StoreWrites.perUnit(before, after, 1000)).isPresent();
            assertThat(StoreWrites.perUnit(before, after, 1000).getAsLong()).as("bytes of the log per 1,000-byte row")
                    .isGreaterThanOrEqualTo(1_000);
            assertThat(writes.what()).contains("write-ahead log");
        }
    }
}
