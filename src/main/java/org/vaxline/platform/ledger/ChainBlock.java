package org.vaxline.platform.ledger;

import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Consecutive links of one ledger kept in one row of {@code ledger_blocks}: the position of the first, then each
 * entry's id (16 bytes) and chained hash (32 bytes) in position order. The hashes are exactly the per-entry chain of
 * {@link CanonicalEntry}; only their storage is grouped. A writer's transaction appends one block per ledger (of at most
 * {@value #MAX_ENTRIES} entries) where it used to append one row per entry: on the dose path, a row and an index entry
 * per dose and per stock movement were most of what the chain still cost.
 */
public record ChainBlock(long firstPosition, byte[] entryIds, byte[] hashes) {
    /** Keeps a block's row a few tens of kilobytes, whatever the size of a transaction or a migration's batch. */
    static final int MAX_ENTRIES = 1000;
    private static final HexFormat HEX = HexFormat.of();

    public ChainBlock {
        if (entryIds.length % 16 != 0 || hashes.length % 32 != 0 || entryIds.length / 16 != hashes.length / 32) {
            throw new IllegalArgumentException("a block holds 16 bytes of id and 32 of hash per entry");
        }
    }

    /**
     * Chains entries after a head: each entry's hash from the one before it.
     *
     * @param bodies each entry's {@link CanonicalEntry#body}, in the order of {@code ids}
     */
    static ChainBlock after(LedgerChain.Head head, LedgerDefinition ledger, List<UUID> ids, List<byte[]> bodies) {
        ByteBuffer hashBytes = ByteBuffer.allocate(32 * ids.size());
        byte[] hash = HEX.parseHex(head.hash());
        for (int i = 0; i < ids.size(); i++) {
            hash = CanonicalEntry.chainBody(hash, ledger, head.length() + i + 1, bodies.get(i));
            hashBytes.put(hash);
        }
        return new ChainBlock(head.length() + 1, packed(ids), hashBytes.array());
    }

    /** Blocks of already chained links (the V56 move), hashes as hex. */
    static ChainBlock of(long firstPosition, List<UUID> ids, List<String> hexHashes) {
        ByteBuffer hashBytes = ByteBuffer.allocate(32 * ids.size());
        hexHashes.forEach(hash -> hashBytes.put(HEX.parseHex(hash)));
        return new ChainBlock(firstPosition, packed(ids), hashBytes.array());
    }

    private static byte[] packed(List<UUID> ids) {
        ByteBuffer bytes = ByteBuffer.allocate(16 * ids.size());
        ids.forEach(id -> bytes.putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()));
        return bytes.array();
    }

    /** A row of {@code ledger_blocks} read with its first_position, entry_ids and hashes. */
    static ChainBlock read(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ChainBlock(rs.getLong("first_position"), rs.getBytes("entry_ids"), rs.getBytes("hashes"));
    }

    /** Binds first_position, entries, entry_ids and hashes, in that order, from parameter {@code at} on. */
    void bind(java.sql.PreparedStatement statement, int at) throws java.sql.SQLException {
        statement.setLong(at, firstPosition);
        statement.setInt(at + 1, size());
        statement.setBytes(at + 2, entryIds);
        statement.setBytes(at + 3, hashes);
    }

    public int size() {
        return entryIds.length / 16;
    }

    public long lastPosition() {
        return firstPosition + size() - 1;
    }

    /** @param index 0 for the block's first entry */
    public UUID entryId(int index) {
        ByteBuffer b = ByteBuffer.wrap(entryIds, 16 * index, 16);
        return new UUID(b.getLong(), b.getLong());
    }

    /** @param index 0 for the block's first entry */
    public String hash(int index) {
        return HEX.formatHex(hashes, 32 * index, 32 * index + 32);
    }

    /** The head after this block's last entry. */
    LedgerChain.Head head() {
        return new LedgerChain.Head(lastPosition(), hash(size() - 1));
    }
}
