package org.vaxline.platform.ledger;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.vaxline.platform.error.PlatformError;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.store.Rows;
import org.vaxline.platform.store.Store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads and checks the chains: a ledger's head (length and hash), the hash at an earlier length, and a full
 * verification that recomputes every hash from the entries as they are stored now and names the first that breaks.
 */
public final class LedgerHeads {
    /** A ledger's state at a length: the hash of its entry at that position (the genesis hash at 0). */
    public record HeadAt(String ledger, long length, String hash) {
    }

    private final Store store;

    public LedgerHeads(Store store) {
        this.store = store;
    }

    public static LedgerDefinition ledger(String name) {
        return ChainedLedgers.named(name).orElseThrow(() -> VaxlineException.field(PlatformError.NOT_FOUND, "name",
                "no ledger is called '" + name + "'; ledgers: " + String.join(", ", ChainedLedgers.ALL.stream().map(LedgerDefinition::name).toList())));
    }

    public HeadAt head(String name) {
        LedgerDefinition ledger = ledger(name);
        LedgerChain.Head head = store.read(h -> LedgerChain.readHead(h, ledger, false));
        return new HeadAt(ledger.name(), head.length(), head.hash());
    }

    /** The hash the ledger had when it was this long: what someone who kept that head compares with theirs. */
    public HeadAt at(String name, long length) {
        LedgerDefinition ledger = ledger(name);
        if (length < 0) {
            throw VaxlineException.field(PlatformError.MALFORMED_REQUEST, "length", "a length is 0 or more");
        }
        if (length == 0) {
            return new HeadAt(ledger.name(), 0, CanonicalEntry.GENESIS);
        }
        return store.read(h -> h.createQuery("SELECT hash FROM ledger_links WHERE ledger = :ledger AND position = :position")
                        .bind("ledger", ledger.name()).bind("position", length).mapTo(String.class).findOne())
                .map(hash -> new HeadAt(ledger.name(), length, hash))
                .orElseThrow(() -> VaxlineException.field(PlatformError.NOT_FOUND, "length",
                        "ledger " + ledger.name() + " has fewer than " + length + " entries"));
    }

    /** Every ledger's head, in the order of {@link ChainedLedgers#ALL}: the digest a backup and a restore print. */
    public List<HeadAt> all() {
        List<HeadAt> heads = new ArrayList<>();
        for (LedgerDefinition ledger : ChainedLedgers.ALL) {
            heads.add(head(ledger.name()));
        }
        return heads;
    }

    public List<LedgerVerification> verifyAll() {
        return ChainedLedgers.ALL.stream().map(l -> verify(l.name())).toList();
    }

    /**
     * Recomputes the ledger's chain from its entries in position order. It breaks at the first position whose entry is
     * missing or whose recomputed hash differs from the stored one (a row altered, removed or a link rewritten); then at
     * an entry without a link (a row inserted beside the chain), or a head that does not match the last link.
     */
    public LedgerVerification verify(String name) {
        LedgerDefinition ledger = ledger(name);
        return store.read(h -> verify(h, ledger));
    }

    private static LedgerVerification verify(Handle h, LedgerDefinition ledger) {
        String[] hash = {CanonicalEntry.GENESIS};
        long[] length = {0};
        LedgerVerification.Break[] broken = {null};
        Query walk = h.createQuery("SELECT l.position AS chain_position, l.entry_id AS chain_entry, l.hash AS chain_hash, t."
                        + ledger.idColumn() + " AS chain_row, " + ledger.columnList() + " FROM ledger_links l LEFT JOIN "
                        + ledger.table() + " t ON t." + ledger.idColumn() + " = l.entry_id WHERE l.ledger = :ledger ORDER BY l.position")
                .bind("ledger", ledger.name()).setFetchSize(1000);
        boolean postgres = LedgerChain.isPostgres(h);
        if (postgres) {
            h.begin(); // PostgreSQL streams rows only inside a transaction (SQLite's would take the write lock)
        }
        try {
            walk.map((rs, ctx) -> {
                if (broken[0] != null) {
                    return Boolean.FALSE;
                }
                long position = rs.getLong("chain_position");
                UUID entry = Rows.uuid(rs, "chain_entry", ctx);
                if (position != length[0] + 1) {
                    broken[0] = new LedgerVerification.Break(length[0] + 1, entry, "position " + (length[0] + 1) + " is missing");
                } else if (Rows.uuid(rs, "chain_row", ctx) == null) {
                    broken[0] = new LedgerVerification.Break(position, entry, "the entry is missing from " + ledger.table());
                } else {
                    List<Object> values = new ArrayList<>(ledger.columns().size());
                    for (LedgerDefinition.Column c : ledger.columns()) {
                        values.add(CanonicalEntry.read(rs, c, ctx));
                    }
                    String recomputed = CanonicalEntry.chain(hash[0], ledger, position, values);
                    if (!recomputed.equals(rs.getString("chain_hash"))) {
                        broken[0] = new LedgerVerification.Break(position, entry,
                                "the entry or the chain before it was changed: its hash is not the one recorded");
                    } else {
                        hash[0] = recomputed;
                        length[0] = position;
                    }
                }
                return Boolean.TRUE;
            }).useStream(rows -> rows.forEach(row -> {
            }));
        } finally {
            if (postgres) {
                h.rollback();
            }
        }
        if (broken[0] == null) {
            broken[0] = h.createQuery("SELECT t." + ledger.idColumn() + " AS id FROM " + ledger.table() + " t WHERE NOT EXISTS "
                            + "(SELECT 1 FROM ledger_links l WHERE l.ledger = :ledger AND l.entry_id = t." + ledger.idColumn() + ") LIMIT 1")
                    .bind("ledger", ledger.name()).map((rs, ctx) -> Rows.uuid(rs, "id", ctx)).findOne()
                    .map(id -> new LedgerVerification.Break(0, id, "the entry is in " + ledger.table() + " but not in the chain"))
                    .orElse(null);
        }
        if (broken[0] == null) {
            LedgerChain.Head head = LedgerChain.readHead(h, ledger, false);
            if (head.length() != length[0] || !head.hash().equals(hash[0])) {
                broken[0] = new LedgerVerification.Break(head.length(), null,
                        "the recorded head (" + head.length() + ", " + head.hash() + ") is not the chain's last link");
            }
        }
        return new LedgerVerification(ledger.name(), length[0], hash[0], broken[0]);
    }

    /** The names and heads as a map, for printing. */
    public static Map<String, Object> asJson(HeadAt head) {
        Map<String, Object> json = new java.util.LinkedHashMap<>();
        json.put("ledger", head.ledger());
        json.put("length", head.length());
        json.put("hash", head.hash());
        return json;
    }
}
