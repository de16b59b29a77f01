package org.vaxline.platform.ledger;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.vaxline.platform.store.Rows;
import org.vaxline.platform.store.SqliteTypes;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Chains the entries a store already held when ledgers got their chain, each ledger in the order its rows were
 * recorded (recorded time, then id), so `ledger verify` checks the whole history and not only what came after the
 * upgrade. V36 chains the ledgers of {@link ChainedLedgers#SINCE_V35}; V42 those of {@link ChainedLedgers#SINCE_V42}.
 * It streams: rows are read through a cursor and links written {@value #BATCH} at a time, so a store of millions of
 * entries needs no more memory than a small one. Runs in the migration's transaction: chained whole or not at all.
 */
public class ChainExistingLedgers implements JavaMigration {
    static final int BATCH = 1000;
    private final String version;
    private final String description;
    private final int checksum;
    private final List<LedgerDefinition> ledgers;
    private final int batch;

    /** V36, as registered since it was written (its checksum is fixed: the code may change, what it does may not). */
    public ChainExistingLedgers() {
        this("36", "chain existing ledger entries", 36_001, ChainedLedgers.SINCE_V35);
    }

    protected ChainExistingLedgers(String version, String description, int checksum, List<LedgerDefinition> ledgers) {
        this(version, description, checksum, ledgers, BATCH);
    }

    /** @param batch how many links are written at a time (tests use a small one to cross many pages) */
    public ChainExistingLedgers(String version, String description, int checksum, List<LedgerDefinition> ledgers, int batch) {
        this.version = version;
        this.description = description;
        this.checksum = checksum;
        this.ledgers = ledgers;
        this.batch = batch;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion(version);
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Integer getChecksum() {
        return checksum;
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
            for (LedgerDefinition ledger : ledgers) {
                new Backfill(h, ledger, batch).run();
            }
        }
    }

    /** One ledger's backfill: the running head, the entry being read (a grouped entry spans rows) and the unwritten links. */
    private static final class Backfill {
        private final Handle h;
        private final LedgerDefinition ledger;
        private final int batch;
        private final List<Object[]> links = new ArrayList<>();
        private String head = CanonicalEntry.GENESIS;
        private long position;
        private UUID entry;
        private final List<Object> values = new ArrayList<>();

        Backfill(Handle h, LedgerDefinition ledger, int batch) {
            this.h = h;
            this.ledger = ledger;
            this.batch = batch;
        }

        void run() {
            h.createQuery("SELECT " + ledger.columnList() + ", t." + ledger.idColumn() + " AS chain_entry FROM " + ledger.table()
                            + " t ORDER BY " + ledger.backfillOrderSql())
                    .setFetchSize(batch)
                    .map((rs, ctx) -> {
                        List<Object> row = new ArrayList<>(ledger.columns().size());
                        for (LedgerDefinition.Column c : ledger.columns()) {
                            row.add(CanonicalEntry.read(rs, c, ctx));
                        }
                        return new Object[]{Rows.uuid(rs, "chain_entry", ctx), row};
                    })
                    .useStream(rows -> rows.forEach(row -> {
                        @SuppressWarnings("unchecked") List<Object> rowValues = (List<Object>) row[1];
                        add((UUID) row[0], rowValues);
                    }));
            endEntry();
            write();
            LedgerChain.storeHeads(h, java.util.Map.of(ledger, new LedgerChain.Head(position, head)));
        }

        private void add(UUID id, List<Object> row) {
            if (!ledger.grouped() || !Objects.equals(id, entry)) {
                endEntry();
                entry = id;
            }
            values.addAll(row);
        }

        private void endEntry() {
            if (entry == null) {
                return;
            }
            position++;
            head = CanonicalEntry.chain(head, ledger, position, values);
            links.add(new Object[]{position, entry, head});
            values.clear();
            entry = null;
            if (links.size() >= batch) {
                write();
            }
        }

        /** Writes the links read so far, on the connection the cursor is still open on (both stores allow it). */
        private void write() {
            if (links.isEmpty()) {
                return;
            }
            PreparedBatch insert = h.prepareBatch("INSERT INTO ledger_links (ledger, position, entry_id, hash) VALUES (:ledger, :position, :entry, :hash)");
            for (Object[] link : links) {
                insert.bind("ledger", ledger.name()).bind("position", (long) link[0]).bind("entry", (UUID) link[1])
                        .bind("hash", (String) link[2]).add();
            }
            insert.execute();
            links.clear();
        }
    }
}
