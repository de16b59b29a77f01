package org.vaxline.platform.ledger;

import org.jdbi.v3.core.Handle;
import org.vaxline.platform.store.InLists;
import org.vaxline.platform.store.Rows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Recomputes one ledger's chain from its entries as they are stored now, in position order, and names the first that
 * breaks: a position missing, an entry missing from its table, an entry whose recomputed hash is not the recorded one
 * (the row altered, or a link rewritten), then an entry in the table that no link names, or a head that is not the
 * chain's last link. Reads the blocks a page at a time and their entries {@value #LOOKUP} at a time, so a ledger of
 * millions of entries needs no more memory than a small one (except to name an entry outside the chain, below).
 */
final class ChainVerifier {
    private static final int BLOCKS_PER_PAGE = 100;
    private static final int LOOKUP = 500;

    private final Handle h;
    private final LedgerDefinition ledger;
    private final List<Link> pending = new ArrayList<>(LOOKUP);
    /** Every chained entry's id, kept only when the table has more entries than the chain, to name the one outside. */
    private final Set<UUID> chained;
    private LedgerVerification.Break broken;
    private String hash = CanonicalEntry.GENESIS;
    private long length;

    private record Link(long position, UUID entry, String hash) {
    }

    private ChainVerifier(Handle h, LedgerDefinition ledger, boolean keepIds) {
        this.h = h;
        this.ledger = ledger;
        this.chained = keepIds ? new HashSet<>() : null;
    }

    static LedgerVerification verify(Handle h, LedgerDefinition ledger) {
        long entries = h.createQuery("SELECT COUNT(" + (ledger.grouped() ? "DISTINCT " : "") + "t." + ledger.idColumn()
                + ") FROM " + ledger.table() + " t").mapTo(Long.class).one();
        long links = h.createQuery("SELECT COALESCE(SUM(entries), 0) FROM ledger_blocks WHERE ledger = :ledger")
                .bind("ledger", ledger.name()).mapTo(Long.class).one();
        ChainVerifier walk = new ChainVerifier(h, ledger, entries > links);
        walk.walk();
        LedgerVerification.Break broken = walk.broken;
        if (broken == null && entries != walk.length) {
            broken = walk.outsideTheChain(entries);
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

    private void walk() {
        long after = 0;
        while (broken == null) {
            List<ChainBlock> page = h.createQuery("SELECT first_position, entry_ids, hashes FROM ledger_blocks"
                            + " WHERE ledger = :ledger AND first_position > :after ORDER BY first_position LIMIT " + BLOCKS_PER_PAGE)
                    .bind("ledger", ledger.name()).bind("after", after)
                    .map((rs, ctx) -> ChainBlock.read(rs))
                    .list();
            for (ChainBlock block : page) {
                for (int i = 0; i < block.size(); i++) {
                    pending.add(new Link(block.firstPosition() + i, block.entryId(i), block.hash(i)));
                    if (pending.size() == LOOKUP) {
                        check();
                    }
                }
                after = block.firstPosition();
            }
            if (page.size() < BLOCKS_PER_PAGE) {
                check();
                return;
            }
        }
    }

    /** Checks the links read so far against their entries, looked up in one statement. */
    private void check() {
        if (pending.isEmpty() || broken != null) {
            pending.clear();
            return;
        }
        Map<UUID, List<Object>> values = new HashMap<>();
        h.createQuery("SELECT t." + ledger.idColumn() + " AS chain_row, " + ledger.columnList() + " FROM " + ledger.table()
                        + " t WHERE t." + ledger.idColumn() + " IN (<ids>)")
                .bindList("ids", InLists.padded(pending.stream().map(Link::entry).toList()))
                .map((rs, ctx) -> {
                    List<Object> row = values.computeIfAbsent(Rows.uuid(rs, "chain_row", ctx), id -> new ArrayList<>());
                    for (LedgerDefinition.Column c : ledger.columns()) {
                        row.add(CanonicalEntry.read(rs, c, ctx));
                    }
                    return Boolean.TRUE;
                }).forEach(row -> {
                });
        for (Link link : pending) {
            List<Object> entry = values.get(link.entry());
            if (link.position() != length + 1) {
                broken = new LedgerVerification.Break(length + 1, link.entry(), "position " + (length + 1) + " is missing");
            } else if (entry == null) {
                broken = new LedgerVerification.Break(link.position(), link.entry(), "the entry is missing from " + ledger.table());
            } else {
                String recomputed = CanonicalEntry.chain(hash, ledger, link.position(), entry);
                if (recomputed.equals(link.hash())) {
                    hash = recomputed;
                } else {
                    broken = new LedgerVerification.Break(link.position(), link.entry(),
                            "the entry or the chain before it was changed: its hash is not the one recorded");
                }
            }
            if (broken != null) {
                break;
            }
            length = link.position();
            if (chained != null) {
                chained.add(link.entry());
            }
        }
        pending.clear();
    }

    /**
     * The table has another number of entries than the chain: names one the chain lacks. Every link's entry was found
     * above and its id is hashed into the link, so they are one to one exactly when their numbers are equal.
     */
    private LedgerVerification.Break outsideTheChain(long entries) {
        if (chained != null) {
            UUID[] found = new UUID[1];
            boolean postgres = LedgerChain.isPostgres(h);
            if (postgres) {
                h.begin(); // PostgreSQL streams rows only inside a transaction (SQLite's would take the write lock)
            }
            try {
                h.createQuery("SELECT DISTINCT t." + ledger.idColumn() + " AS id FROM " + ledger.table() + " t").setFetchSize(1000)
                        .map((rs, ctx) -> Rows.uuid(rs, "id", ctx))
                        .useStream(ids -> ids.filter(id -> !chained.contains(id)).findFirst().ifPresent(id -> found[0] = id));
            } finally {
                if (postgres) {
                    h.rollback();
                }
            }
            if (found[0] != null) {
                return new LedgerVerification.Break(0, found[0], "the entry is in " + ledger.table() + " but not in the chain");
            }
        }
        return new LedgerVerification.Break(0, null, ledger.table() + " has " + entries
                + " entries but the chain links " + length + ": an entry is linked more than once");
    }
}
