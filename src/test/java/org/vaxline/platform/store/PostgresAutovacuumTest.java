package org.vaxline.platform.store;

import org.junit.jupiter.api.Test;
import org.vaxline.testing.TestStores;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Autovacuum's work done on a real PostgreSQL server: a table that changed enough is analysed, once; one with enough
 * new or dead rows is vacuumed, which also moves its GIN index's pending entries into the index.
 */
class PostgresAutovacuumTest {

    @Test
    void aTableThatChangedEnoughIsAnalysedAndThenLeftAlone() {
        try (Store store = Store.open(TestStores.freshPostgresSchemaUrl())) {
            store.inTransaction(h -> {
                h.execute("CREATE TABLE counted (id bigint PRIMARY KEY, person bigint NOT NULL)");
                h.execute("CREATE INDEX counted_by_person ON counted (person)");
                return null;
            });
            store.inTransaction(h -> h.execute("INSERT INTO counted SELECT g, g / 3 FROM generate_series(1, 30000) g"));
            waitForCounters(store);

            assertThat(store.read(PostgresAutovacuum::analyseStale)).contains("counted");
            double rows = store.read(h -> h.createQuery("SELECT reltuples FROM pg_class WHERE oid = 'counted'::regclass")
                    .mapTo(Double.class).one());
            assertThat(rows).isEqualTo(30000.0);
            // the planner now knows a person has a few rows: a batch's people are read through the index
            java.util.List<String> lines = store.read(h -> h.createQuery(
                    "EXPLAIN SELECT * FROM counted WHERE person IN (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,"
                            + " 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32)").mapTo(String.class).list());
            String plan = String.join("\n", lines);
            assertThat(plan).contains("counted_by_person").doesNotContain("Seq Scan");

            store.inTransaction(h -> h.execute("UPDATE counted SET person = person WHERE id <= 100"));
            waitForCounters(store);
            assertThat(store.read(PostgresAutovacuum::analyseStale)).as("100 of 30,000 rows changed: not enough").doesNotContain("counted");
        }
    }

    @Test
    void aTableWithEnoughNewOrDeadRowsIsVacuumedAndItsGinIndexNoLongerPends() {
        try (Store store = Store.open(TestStores.freshPostgresSchemaUrl())) {
            store.inTransaction(h -> {
                h.execute("CREATE TABLE named (id bigint PRIMARY KEY, name text NOT NULL)");
                h.execute("CREATE INDEX named_by_words ON named USING gin (string_to_array(name, ' '))");
                return null;
            });
            store.inTransaction(h -> h.execute("INSERT INTO named SELECT g, 'nguyen van ' || (g % 500) FROM generate_series(1, 5000) g"));
            waitForCounters(store);

            assertThat(vacuumStale(store)).contains("named");
            waitForCounters(store);
            long pending = store.read(h -> h.createQuery("SELECT gin_clean_pending_list('named_by_words'::regclass)")
                    .mapTo(Long.class).one());
            assertThat(pending).as("pages still pending in the GIN index after the vacuum").isZero();
            assertThat(vacuumStale(store)).as("nothing new since").doesNotContain("named");

            store.inTransaction(h -> h.execute("UPDATE named SET name = name || ' x' WHERE id <= 2000"));
            waitForCounters(store);
            assertThat(vacuumStale(store)).as("2,000 dead rows of 5,000").contains("named");
            waitForCounters(store);
            long dead = store.read(h -> h.createQuery("SELECT n_dead_tup FROM pg_stat_user_tables WHERE relid = 'named'::regclass")
                    .mapTo(Long.class).one());
            assertThat(dead).isZero();
        }
    }

    /** Vacuums on a handle of its own, outside any transaction, as the store's thread does. */
    private static java.util.List<String> vacuumStale(Store store) {
        return store.jdbi().withHandle(PostgresAutovacuum::vacuumStale);
    }

    /** The server counts changes per table in memory and publishes them within a second. */
    private static void waitForCounters(Store store) {
        store.read(h -> h.createQuery("SELECT pg_stat_force_next_flush()").mapToMap().list());
        try {
            Thread.sleep(1_200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
