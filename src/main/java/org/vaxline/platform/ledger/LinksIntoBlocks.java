package org.vaxline.platform.ledger;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * V56: moves the links a store holds (one row per entry in {@code ledger_links}) into {@code ledger_blocks} (V54), then
 * drops {@code ledger_links}. The hashes are copied, not recomputed: a chain broken before the upgrade is still broken
 * after it, at the same entry. A gap in the positions starts a new block, so `ledger verify` still names it. Streams
 * each ledger's links through a cursor, {@value ChainBlock#MAX_ENTRIES} to a block, in the migration's transaction.
 */
public class LinksIntoBlocks implements JavaMigration {
    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("56");
    }

    @Override
    public String getDescription() {
        return "ledger links into blocks";
    }

    @Override
    public Integer getChecksum() {
        return 56_001;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        List<String> ledgers = new ArrayList<>();
        try (var query = connection.createStatement(); ResultSet rs = query.executeQuery("SELECT DISTINCT ledger FROM ledger_links ORDER BY ledger")) {
            while (rs.next()) {
                ledgers.add(rs.getString(1));
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO ledger_blocks (ledger, first_position, entries, entry_ids, hashes) VALUES (?, ?, ?, ?, ?)")) {
            BlockWriter blocks = new BlockWriter(insert);
            for (String ledger : ledgers) {
                move(connection, blocks, ledger);
            }
            blocks.flush();
        }
        try (var drop = connection.createStatement()) {
            drop.execute("DROP TABLE ledger_links"); // its triggers go with it
        }
    }

    private static void move(Connection connection, BlockWriter blocks, String ledger) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        long first = 0;
        try (PreparedStatement links = connection.prepareStatement(
                "SELECT position, entry_id, hash FROM ledger_links WHERE ledger = ? ORDER BY position")) {
            links.setFetchSize(ChainBlock.MAX_ENTRIES);
            links.setString(1, ledger);
            try (ResultSet rs = links.executeQuery()) {
                while (rs.next()) {
                    long position = rs.getLong(1);
                    if (!ids.isEmpty() && (position != first + ids.size() || ids.size() == ChainBlock.MAX_ENTRIES)) {
                        blocks.add(ledger, ChainBlock.of(first, ids, hashes));
                        ids.clear();
                        hashes.clear();
                    }
                    if (ids.isEmpty()) {
                        first = position;
                    }
                    ids.add(UUID.fromString(rs.getString(2)));
                    hashes.add(rs.getString(3));
                }
            }
        }
        if (!ids.isEmpty()) {
            blocks.add(ledger, ChainBlock.of(first, ids, hashes));
        }
    }

    /** Sends the blocks a few at a time, so a large ledger is never held in memory. */
    private static final class BlockWriter {
        private final PreparedStatement insert;
        private int pending;

        BlockWriter(PreparedStatement insert) {
            this.insert = insert;
        }

        void add(String ledger, ChainBlock block) throws SQLException {
            insert.setString(1, ledger);
            block.bind(insert, 2);
            insert.addBatch();
            if (++pending == 20) {
                flush();
            }
        }

        void flush() throws SQLException {
            if (pending > 0) {
                insert.executeBatch();
                pending = 0;
            }
        }
    }
}
