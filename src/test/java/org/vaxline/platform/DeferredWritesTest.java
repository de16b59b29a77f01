package org.vaxline.platform;

import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaxline.platform.store.DeferredWrites;
import org.vaxline.platform.store.Dialect;
import org.vaxline.platform.store.Savepoints;
import org.vaxline.platform.store.Store;
import org.vaxline.testing.TestStores;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Rows a transaction holds back (the dose path's writes) are in the database whenever the transaction reads, are
 * summed or replaced per key as asked, are written once per statement, and are gone with a rollback — on both stores.
 */
class DeferredWritesTest {
    private static final String INSERT = "INSERT INTO probe (id, day, at, n, label) VALUES (?, ?, ?, ?, ?)";
    private static final String COUNT = """
            INSERT INTO counts (k, n) VALUES (?, ?) ON CONFLICT (k) DO UPDATE SET n = counts.n + excluded.n""";
    private static final String TAKE = "UPDATE counts SET n = n + ? WHERE k = ? AND n + ? >= 0";

    @TempDir
    Path tempDir;

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aReadInTheTransactionSeesHeldRowsAndTheyKeepTheirTypes(Dialect dialect) {
        try (Store store = probeStore(dialect)) {
            UUID id = UUID.randomUUID();
            Instant at = Instant.parse("2021-10-01T09:15:30.123456Z");
            store.inTransaction(h -> {
                DeferredWrites.on(h).insert(INSERT, id, LocalDate.parse("2021-10-01"), at, 7, null);
                assertThat(h.createQuery("SELECT COUNT(*) FROM probe").mapTo(Integer.class).one()).isEqualTo(1);
                return null;
            });
            var row = store.read(h -> h.createQuery("SELECT id, day, at, n, label FROM probe").map((rs, ctx) -> List.of(
                    ctx.findColumnMapperFor(UUID.class).orElseThrow().map(rs, "id", ctx),
                    ctx.findColumnMapperFor(LocalDate.class).orElseThrow().map(rs, "day", ctx),
                    ctx.findColumnMapperFor(Instant.class).orElseThrow().map(rs, "at", ctx),
                    rs.getInt("n"), String.valueOf(rs.getString("label")))).one());
            assertThat(row).containsExactly(id, LocalDate.parse("2021-10-01"), at, 7, "null");
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void countersOnOneKeyAreSummedAndWrittenOnceAndReplacedRowsKeepTheLast(Dialect dialect) {
        try (Store store = probeStore(dialect)) {
            List<String> statements = new ArrayList<>();
            try (AutoCloseable ignored = store.statements().listen(statements::add)) {
                store.inTransaction(h -> {
                    for (int i = 0; i < 5; i++) {
                        sum(h, "a", 2);
                        sum(h, "b", 1);
                    }
                    for (int n = 1; n <= 3; n++) {
                        DeferredWrites.on(h).replace("INSERT INTO latest (k, n) VALUES (?, ?) ON CONFLICT (k) DO UPDATE SET n = excluded.n", "x", "x", n);
                    }
                    return null;
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            assertThat(statements).hasSize(2);
            assertThat(count(store, "SELECT n FROM counts WHERE k = 'a'")).isEqualTo(10);
            assertThat(count(store, "SELECT n FROM counts WHERE k = 'b'")).isEqualTo(5);
            assertThat(count(store, "SELECT n FROM latest WHERE k = 'x'")).isEqualTo(3);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aRollbackDropsHeldRowsAndAGuardedWriteThatMissesFailsTheTransaction(Dialect dialect) {
        try (Store store = probeStore(dialect)) {
            assertThatThrownBy(() -> store.inTransaction(h -> {
                DeferredWrites.on(h).insert(INSERT, UUID.randomUUID(), LocalDate.parse("2021-10-01"), Instant.now(), 1, "x");
                throw new IllegalStateException("the work refuses");
            })).hasMessageContaining("refuses");
            assertThat(count(store, "SELECT COUNT(*) FROM probe")).isZero();

            store.inTransaction(h -> {
                sum(h, "stock", 3);
                return null;
            });
            // taking 4 of 3: the guard matches no row, so the whole transaction, its other rows included, is undone
            assertThatThrownBy(() -> store.inTransaction(h -> {
                DeferredWrites.on(h).insert(INSERT, UUID.randomUUID(), LocalDate.parse("2021-10-01"), Instant.now(), 1, "x");
                DeferredWrites.on(h).sum(TAKE, "stock", new long[]{-4}, s -> new Object[]{s[0], "stock", s[0]}, true);
                return null;
            })).isInstanceOf(DeferredWrites.WriteFailed.class).hasMessageContaining("must change one");
            assertThat(count(store, "SELECT COUNT(*) FROM probe")).isZero();
            assertThat(count(store, "SELECT n FROM counts WHERE k = 'stock'")).isEqualTo(3);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void outsideATransactionARowIsWrittenAtOnce(Dialect dialect) {
        try (Store store = probeStore(dialect)) {
            store.read(h -> {
                sum(h, "alone", 4);
                return null;
            });
            assertThat(count(store, "SELECT n FROM counts WHERE k = 'alone'")).isEqualTo(4);
        }
    }

    private static void sum(Handle h, String key, long n) {
        DeferredWrites.on(h).sum(COUNT, key, new long[]{n}, s -> new Object[]{key, s[0]}, false);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void heldInsertsReadBackAsTheyWereWhateverTheirTextHolds(Dialect dialect) {
        // on PostgreSQL plain inserts go as COPY text, where tabs, line breaks and backslashes are escaped
        List<String> labels = List.of("tab\there", "line\nbreak\r\nand\\backslash \\N", "\\N", "Nguyễn Thị Ánh", "");
        try (Store store = probeStore(dialect)) {
            store.inTransaction(h -> {
                for (int i = 0; i < labels.size(); i++) {
                    DeferredWrites.on(h).insert(INSERT, UUID.randomUUID(), LocalDate.parse("2021-10-01"),
                            Instant.parse("2021-10-01T09:15:30.000001Z"), i, labels.get(i));
                }
                // half a microsecond: the driver rounds a bound timestamp half up, and so must a held one (ledger hashes)
                DeferredWrites.on(h).insert(INSERT, UUID.randomUUID(), LocalDate.parse("2021-10-01"),
                        Instant.parse("2021-10-01T09:15:30.000002500Z"), 99, null);
                return null;
            });
            List<String> read = store.read(h -> h.createQuery("SELECT label FROM probe WHERE n < 99 ORDER BY n").mapTo(String.class).list());
            assertThat(read).containsExactlyElementsOf(labels);
            assertThat(count(store, "SELECT COUNT(*) FROM probe WHERE n = 99 AND label IS NULL")).isEqualTo(1);
            if (dialect == Dialect.POSTGRESQL) {
                assertThat(count(store, "SELECT COUNT(*) FROM probe WHERE n = 99 AND at = '2021-10-01T09:15:30.000003Z'")).isEqualTo(1);
            }
            assertThat(count(store, "SELECT COUNT(*) FROM probe WHERE at = '2021-10-01T09:15:30.000001Z'")).isEqualTo(labels.size());
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aRowBehindASavepointThatFailsTakesItsHeldRowsWithItAndTheOthersCommit(Dialect dialect) {
        try (Store store = probeStore(dialect)) {
            UUID first = UUID.randomUUID();
            UUID third = UUID.randomUUID();
            List<String> refused = new ArrayList<>();
            store.inTransaction(h -> {
                Savepoints.undoneIfThrown(h, () -> {
                    DeferredWrites.on(h).insert(INSERT, first, LocalDate.parse("2021-10-01"), Instant.EPOCH, 1, "kept");
                    sum(h, "a", 1);
                    return null;
                });
                try {
                    Savepoints.undoneIfThrown(h, () -> {
                        // held rows, a row written at once, then a refusal: none of the three may stay
                        DeferredWrites.on(h).insert(INSERT, UUID.randomUUID(), LocalDate.parse("2021-10-01"), Instant.EPOCH, 2, "undone");
                        sum(h, "a", 10);
                        h.execute("INSERT INTO latest (k, n) VALUES ('undone', 1)");
                        throw new IllegalArgumentException("refused");
                    });
                } catch (IllegalArgumentException e) {
                    refused.add(e.getMessage());
                }
                try {
                    // a statement the database refuses (the same id again): on PostgreSQL only the savepoint saves the rest
                    Savepoints.undoneIfThrown(h, () -> h.execute("INSERT INTO probe (id, day, at, n, label) VALUES (?, ?, ?, 3, 'dup')",
                            first, LocalDate.parse("2021-10-01"), Instant.EPOCH));
                } catch (org.jdbi.v3.core.JdbiException e) {
                    refused.add("duplicate");
                }
                Savepoints.undoneIfThrown(h, () -> {
                    DeferredWrites.on(h).insert(INSERT, third, LocalDate.parse("2021-10-02"), Instant.EPOCH, 4, "kept");
                    sum(h, "a", 100);
                    return null;
                });
                return null;
            });
            assertThat(refused).containsExactly("refused", "duplicate");
            assertThat(count(store, "SELECT COUNT(*) FROM probe WHERE label = 'kept'")).isEqualTo(2);
            assertThat(count(store, "SELECT COUNT(*) FROM probe")).isEqualTo(2);
            assertThat(count(store, "SELECT n FROM counts WHERE k = 'a'")).isEqualTo(101);
            assertThat(count(store, "SELECT COUNT(*) FROM latest")).isZero();
        }
    }

    private Store probeStore(Dialect dialect) {
        Store store = TestStores.open(dialect, tempDir);
        String uuid = dialect == Dialect.POSTGRESQL ? "UUID" : "TEXT";
        String day = dialect == Dialect.POSTGRESQL ? "DATE" : "TEXT";
        String at = dialect == Dialect.POSTGRESQL ? "TIMESTAMPTZ" : "TEXT";
        store.inTransaction(h -> {
            h.execute("CREATE TABLE probe (id " + uuid + " PRIMARY KEY, day " + day + " NOT NULL, at " + at + " NOT NULL,"
                    + " n INTEGER NOT NULL, label TEXT)");
            h.execute("CREATE TABLE counts (k TEXT PRIMARY KEY, n BIGINT NOT NULL)");
            h.execute("CREATE TABLE latest (k TEXT PRIMARY KEY, n BIGINT NOT NULL)");
            return null;
        });
        return store;
    }

    private static long count(Store store, String sql) {
        return store.read(h -> h.createQuery(sql).mapTo(Long.class).findOne().orElse(0L));
    }
}
