package org.vaxline.platform;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaxline.platform.store.Dialect;
import org.vaxline.platform.store.Store;
import org.vaxline.testing.TestStores;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A transaction opened inside another on the same thread joins it: both commit, or neither. */
class TransactionJoinTest {
    @TempDir
    Path tempDir;

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void anInnerFailureRollsBackTheOuterWork(Dialect dialect) {
        try (Store store = TestStores.open(dialect, tempDir)) {
            store.inTransaction(h -> h.execute("CREATE TABLE probe (n INTEGER NOT NULL)"));
            assertThatThrownBy(() -> store.inTransaction(outer -> {
                outer.execute("INSERT INTO probe (n) VALUES (1)");
                return store.inTransaction(inner -> {
                    inner.execute("INSERT INTO probe (n) VALUES (2)");
                    assertThat(count(store)).isEqualTo(2);
                    throw new IllegalStateException("the inner use case refuses");
                });
            })).hasMessageContaining("refuses");
            assertThat(count(store)).isZero();

            store.inTransaction(outer -> {
                outer.execute("INSERT INTO probe (n) VALUES (1)");
                return store.inTransaction(inner -> inner.execute("INSERT INTO probe (n) VALUES (2)"));
            });
            assertThat(count(store)).isEqualTo(2);
        }
    }

    private static int count(Store store) {
        Integer rows = store.read(h -> h.createQuery("SELECT COUNT(*) FROM probe").mapTo(Integer.class).one());
        return rows;
    }
}
