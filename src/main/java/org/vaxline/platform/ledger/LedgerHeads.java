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
        Walk walk = new Walk(ledger);
        Query query = h.createQuery("SELECT l.position AS chain_position, l.entry_id AS chain_entry, l.hash AS chain_hash, t."
                        + ledger.idColumn() + " AS chain_row, " + ledger.columnList() + " FROM ledger_links l LEFT JOIN "
                        + ledger.table() + " t ON t." + ledger.idColumn() + " = l.entry_id WHERE l.ledger = :ledger ORDER BY l.position")
                .bind("ledger", ledger.name()).setFetchSize(1000);
        boolean postgres = LedgerChain.isPostgres(h);
        if (postgres) {
            h.begin(); // PostgreSQL streams rows only inside a transaction (SQLite's would take the write lock)
        }
        try {
            query.map((rs, ctx) -> {
                if (walk.broken == null) {
                    List<Object> values = new ArrayList<>(ledger.columns().size());
                    for (LedgerDefinition.Column c : ledger.columns()) {
                        values.add(CanonicalEntry.read(rs, c, ctx));
                    }
                    walk.row(rs.getLong("chain_position"), Rows.uuid(rs, "chain_entry", ctx), rs.getString("chain_hash"),
                            Rows.uuid(rs, "chain_row", ctx) != null, values);
                }
                return Boolean.TRUE;
            }).useStream(rows -> rows.forEach(row -> {
            }));
            walk.endEntry();
        } finally {
            if (postgres) {
                h.rollback();
            }
        }
        LedgerVerification.Break broken = walk.broken;
        if (broken == null) {
            broken = unchained(h, ledger, walk.length);
        }
        if (broken == null) {
            LedgerChain.Head head = LedgerChain.readHead(h, ledger, false);
            if (head.length() != walk.length || !head.hash().equals(walk.hash)) {
                broken = new LedgerVerification.Break(head.length(), null,
                        "the recorded head (" + head.length() + ", " + head.hash() + ") is not the chain's last link");
            }
        }
        return new LedgerVerification(ledger.name(), walk.length, walk.hash, broken);
    }

    /**
     * An entry in the ledger's table that no link names. Every link's entry was found by the walk and its id is hashed
     * into the link, so entries and links are one to one exactly when their numbers are equal: the entries are counted,
     * and only when there are more of them than links is the one outside the chain looked for (links have no index by
     * entry, which would slow every append).
     */
    private static LedgerVerification.Break unchained(Handle h, LedgerDefinition ledger, long links) {
        String id = "t." + ledger.idColumn();
        long entries = h.createQuery("SELECT COUNT(" + (ledger.grouped() ? "DISTINCT " : "") + id + ") FROM " + ledger.table() + " t")
                .mapTo(Long.class).one();
        if (entries == links) {
            return null;
        }
        return h.createQuery("SELECT " + id + " AS id FROM " + ledger.table() + " t WHERE NOT EXISTS "
                        + "(SELECT 1 FROM ledger_links l WHERE l.ledger = :ledger AND l.entry_id = " + id + ") LIMIT 1")
                .bind("ledger", ledger.name()).map((rs, ctx) -> Rows.uuid(rs, "id", ctx)).findOne()
                .map(found -> new LedgerVerification.Break(0, found, "the entry is in " + ledger.table() + " but not in the chain"))
                .orElseGet(() -> new LedgerVerification.Break(0, null, ledger.table() + " has " + entries
                        + " entries but the chain links " + links + ": an entry is linked more than once"));
    }

    /** Walks the links in position order; a grouped ledger's entry arrives as several rows with one position. */
    private static final class Walk {
        final LedgerDefinition ledger;
        LedgerVerification.Break broken;
        String hash = CanonicalEntry.GENESIS;
        long length;
        private long position = -1;
        private UUID entry;
        private String recorded;
        private boolean present;
        private final List<Object> values = new ArrayList<>();

        Walk(LedgerDefinition ledger) {
            this.ledger = ledger;
        }

        void row(long position, UUID entry, String recorded, boolean present, List<Object> row) {
            if (position != this.position) {
                endEntry();
                this.position = position;
                this.entry = entry;
                this.recorded = recorded;
                this.present = present;
            }
            values.addAll(row);
        }

        /** Checks the entry whose rows were read, and stops the walk at the first that breaks. */
        void endEntry() {
            if (position < 0 || broken != null) {
                return;
            }
            if (position != length + 1) {
                broken = new LedgerVerification.Break(length + 1, entry, "position " + (length + 1) + " is missing");
            } else if (!present) {
                broken = new LedgerVerification.Break(position, entry, "the entry is missing from " + ledger.table());
            } else {
                String recomputed = CanonicalEntry.chain(hash, ledger, position, values);
                if (!recomputed.equals(recorded)) {
                    broken = new LedgerVerification.Break(position, entry,
                            "the entry or the chain before it was changed: its hash is not the one recorded");
                } else {
                    hash = recomputed;
                    length = position;
                }
            }
            values.clear();
            position = -1;
        }
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
