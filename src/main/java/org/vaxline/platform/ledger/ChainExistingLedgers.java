package org.vaxline.platform.ledger;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.vaxline.platform.store.SqliteTypes;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * V36: chains the entries a store already held before V35 gave ledgers their chain, each ledger in the order its rows
 * were recorded (recorded time, then id), so `ledger verify` checks the whole history and not only what came after the
 * upgrade. Runs in the migration's transaction: the store is chained whole or not at all.
 */
public final class ChainExistingLedgers implements JavaMigration {
    private static final int BATCH = 1000;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("36");
    }

    @Override
    public String getDescription() {
        return "chain existing ledger entries";
    }

    @Override
    public Integer getChecksum() {
        return 36_001;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) {
        Connection connection = context.getConnection();
        Jdbi jdbi = Jdbi.create(new org.jdbi.v3.core.ConnectionFactory() {
            @Override
            public Connection openConnection() {
                return connection;
            }

            @Override
            public void closeConnection(Connection toClose) {
                // Flyway owns the connection and its transaction
            }
        });
        try (Handle h = jdbi.open()) {
            if (!LedgerChain.isPostgres(h)) {
                SqliteTypes.register(jdbi);
            }
        }
        try (Handle h = jdbi.open()) {
            for (LedgerDefinition ledger : ChainedLedgers.ALL) {
                chain(h, ledger);
            }
        }
    }

    private static void chain(Handle h, LedgerDefinition ledger) {
        String[] head = {CanonicalEntry.GENESIS};
        long[] position = {0};
        List<Object[]> links = new ArrayList<>();
        h.createQuery("SELECT " + ledger.columnList() + ", t." + ledger.idColumn() + " AS chain_entry FROM " + ledger.table()
                        + " t ORDER BY " + prefixed(ledger.backfillOrder()))
                .setFetchSize(BATCH)
                .map((rs, ctx) -> {
                    List<Object> values = new ArrayList<>(ledger.columns().size());
                    for (LedgerDefinition.Column c : ledger.columns()) {
                        values.add(CanonicalEntry.read(rs, c, ctx));
                    }
                    return new Object[]{org.vaxline.platform.store.Rows.uuid(rs, "chain_entry", ctx), values};
                })
                .useStream(rows -> rows.forEach(row -> {
                    @SuppressWarnings("unchecked") List<Object> values = (List<Object>) row[1];
                    position[0]++;
                    head[0] = CanonicalEntry.chain(head[0], ledger, position[0], values);
                    links.add(new Object[]{position[0], row[0], head[0]});
                }));
        // Links are written after the read (a store of millions of entries holds their ids and hashes for a moment).
        for (int from = 0; from < links.size(); from += BATCH) {
            PreparedBatch batch = h.prepareBatch("INSERT INTO ledger_links (ledger, position, entry_id, hash) VALUES (:ledger, :position, :entry, :hash)");
            for (Object[] link : links.subList(from, Math.min(links.size(), from + BATCH))) {
                batch.bind("ledger", ledger.name()).bind("position", (long) link[0]).bind("entry", (UUID) link[1])
                        .bind("hash", (String) link[2]).add();
            }
            batch.execute();
        }
        h.createUpdate("INSERT INTO ledger_heads (ledger, length, hash) VALUES (:ledger, :length, :hash)"
                        + " ON CONFLICT (ledger) DO UPDATE SET length = excluded.length, hash = excluded.hash")
                .bind("ledger", ledger.name()).bind("length", position[0]).bind("hash", head[0]).execute();
    }

    private static String prefixed(String order) {
        return String.join(", ", java.util.Arrays.stream(order.split(",")).map(c -> "t." + c.trim()).toList());
    }
}
