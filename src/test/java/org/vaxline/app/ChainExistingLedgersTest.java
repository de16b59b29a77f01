package org.vaxline.app;

import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaxline.app.demo.DemoScenario;
import org.vaxline.platform.ledger.ChainExistingLedgers;
import org.vaxline.platform.ledger.ChainedLedgers;
import org.vaxline.platform.ledger.LedgerChain;
import org.vaxline.platform.ledger.LedgerDefinition;
import org.vaxline.platform.ledger.LedgerHeads;
import org.vaxline.platform.ledger.LedgerVerification;
import org.vaxline.platform.ledger.LinksIntoBlocks;
import org.vaxline.platform.store.Dialect;
import org.vaxline.testing.TestStores;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migrations V36 and V42 on a store whose ledgers were written before they had chains (the demo loaded with chaining
 * off): every entry is chained in the order it was recorded; V56 moves those links into blocks; and every ledger then
 * verifies, on both stores.
 */
class ChainExistingLedgersTest {
    @TempDir
    Path tempDir;

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void entriesWrittenBeforeTheChainsAreChainedInOrder(Dialect dialect) throws Exception {
        try (Vaxline app = new Vaxline(TestStores.open(dialect, tempDir), Clock.systemDefaultZone())) {
            LedgerChain.unchainForBenchmark(true);
            try {
                new DemoScenario(app).loadOnce();
            } finally {
                LedgerChain.unchainForBenchmark(false);
            }
            LedgerHeads heads = new LedgerHeads(app.store());
            assertThat(heads.verify("doses").firstBreak().problem()).contains("not in the chain");

            // V36 as written, and V42 as Flyway finds it, each in pages of 2 so the cursor stays open across writes, into
            // the links table they wrote (as V52 left it); then V56 moves those links into blocks and drops the table
            app.store().jdbi().useTransaction(h -> {
                h.execute("CREATE TABLE ledger_links (ledger TEXT NOT NULL, position BIGINT NOT NULL, entry_id "
                        + (dialect == Dialect.POSTGRESQL ? "uuid" : "TEXT") + " NOT NULL, hash TEXT NOT NULL, PRIMARY KEY (ledger, position))");
                new ChainExistingLedgers("36", "v36", 36_001, ChainedLedgers.SINCE_V35, 2).migrate(context(h.getConnection()));
                new ChainExistingLedgers("42", "v42", 42_001, ChainedLedgers.SINCE_V42, 2).migrate(context(h.getConnection()));
                new LinksIntoBlocks().migrate(context(h.getConnection()));
            });
            long blocks = app.store().read(h -> h.createQuery("SELECT COUNT(*) FROM ledger_blocks WHERE ledger = 'doses'")
                    .mapTo(Long.class).one());
            assertThat(blocks).as("doses in blocks of at most 1,000").isEqualTo((heads.head("doses").length() + 999) / 1000);
            int v42 = app.store().read(h -> h.createQuery("SELECT COUNT(*) FROM flyway_schema_history WHERE version = '42'"
                    + " AND success").mapTo(Integer.class).one());
            assertThat(v42).as("Flyway found and applied V42").isEqualTo(1);
            assertThat(heads.head("milestone-completions").length()).isPositive();

            for (LedgerVerification v : heads.verifyAll()) {
                assertThat(v.firstBreak()).as(v.ledger()).isNull();
                LedgerDefinition ledger = ChainedLedgers.named(v.ledger()).orElseThrow();
                long rows = app.store().read(h -> h.createQuery("SELECT COUNT(*) FROM " + ledger.table()).mapTo(Long.class).one());
                assertThat(v.length()).as(v.ledger()).isEqualTo(rows);
            }
            assertThat(heads.head("doses").length()).isPositive();
        }
    }

    private static Context context(Connection connection) {
        return new Context() {
            @Override
            public Configuration getConfiguration() {
                return null;
            }

            @Override
            public Connection getConnection() {
                return connection;
            }
        };
    }
}
