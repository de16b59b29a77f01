package org.vaxline.platform.ledger;

import org.jdbi.v3.core.Handle;
import org.vaxline.platform.store.DeferredWrites;
import org.vaxline.platform.store.StatementLog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Chains ledger entries, per ledger, in the transaction that appends them. An append calls {@link #link} (one line);
 * the entries wait in the transaction and are hashed and written when it is about to commit, one {@link ChainBlock} per
 * ledger (a row per ledger and transaction, not per entry). On SQLite, whose writer holds the only write lock, in
 * three statements whatever the ledgers (see {@link #writeOnSqlite}). On PostgreSQL, in one batch per transaction (one
 * round trip), a statement per block: it inserts the block only if the ledger's head is still the one this process
 * last saw (kept in memory), and moves the head. When another writer moved the head in between, the head is read again under a lock and the links are computed anew, in the same transaction: nothing is
 * retried whole, and two writers can never both extend one head. Within this process, a ledger's writer holds a lock
 * from its links to its commit, so the head it expects is the one the writer before it committed.
 *
 * <p>One instance per store; {@code Store.inTransaction} calls {@link #begin}, {@link #beforeCommit} and {@link #end}.
 */
public final class LedgerChain {
    private static final ThreadLocal<Pending> PENDING = new ThreadLocal<>();
    /** Only for the chain-cost benchmark (DoseChainBenchmark): appends without links, so it can compare. */
    private static volatile boolean unchainedForBenchmark;
    /** Time spent writing links, for the chain-cost benchmark's direct measure (a few nanoTime calls a transaction). */
    private static final LongAdder NANOS_WRITING = new LongAdder();
    private static final LongAdder STALE_HEADS = new LongAdder();
    private final boolean postgres;
    private final Map<String, Head> heads = new ConcurrentHashMap<>();
    /**
     * Held by this process's writer of a ledger from its links until its commit: the next writer then finds the head
     * it expects (the one just committed) instead of waiting on the head's row only to find it moved and read it again.
     */
    private final Map<String, ReentrantLock> writing = new ConcurrentHashMap<>();

    record Head(long length, String hash) {
    }

    /** An entry to chain: its id and its values as hashed ({@link CanonicalEntry#body}). */
    private record Entry(UUID id, byte[] body) {
    }

    private final class Pending {
        final Map<LedgerDefinition, List<Entry>> entries = new TreeMap<>((a, b) -> a.name().compareTo(b.name()));
        final Map<String, Head> written = new java.util.HashMap<>();
        final List<ReentrantLock> locked = new ArrayList<>();
        final Pending outer;

        Pending(Pending outer) {
            this.outer = outer;
        }

        LedgerChain chain() {
            return LedgerChain.this;
        }
    }

    public LedgerChain(boolean postgres) {
        this.postgres = postgres;
    }

    /**
     * Chains an entry of a ledger: its id, then its values in the ledger's column order ({@link ChainedLedgers}); for a
     * grouped ledger, every row's values one row after the other.
     * Inside a store transaction it is written just before the commit; outside one, at once.
     */
    public static void link(Handle h, LedgerDefinition ledger, UUID id, Object... values) {
        if (unchainedForBenchmark || (ledger.grouped() && values.length == 0)) {
            return; // a grouped entry without rows is no entry (a recall of a lot no facility held)
        }
        // encoded here, once: a wrong number or type of values fails at the append, not at the commit
        Entry entry = new Entry(id, CanonicalEntry.body(ledger, Arrays.asList(values)));
        Pending pending = PENDING.get();
        if (pending != null) {
            pending.entries.computeIfAbsent(ledger, l -> new ArrayList<>()).add(entry);
        } else {
            if (isPostgres(h)) {
                writeLocked(h, ledger, List.of(entry));
            } else { // in a transaction of its own (or the handle's), which holds SQLite's write lock
                h.useTransaction(t -> writeOnSqlite(t, Map.of(ledger, List.of(entry))));
            }
        }
    }

    /** For the chain-cost benchmark only: a store written so fails {@code ledger verify}. */
    public static void unchainForBenchmark(boolean unchained) {
        unchainedForBenchmark = unchained;
    }

    /** A store transaction begins on this thread. */
    public void begin() {
        PENDING.set(new Pending(PENDING.get()));
    }

    /** Writes the links of every entry the transaction appended; called last inside it. */
    public void beforeCommit(Handle h) {
        Pending pending = PENDING.get();
        if (pending.entries.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        if (!postgres) {
            pending.written.putAll(writeOnSqlite(h, pending.entries));
            pending.entries.clear();
            NANOS_WRITING.add(System.nanoTime() - start);
            return;
        }
        // every ledger's blocks in one batch: one round trip, each block inserted only after the head it expects
        Map<LedgerDefinition, Head> expected = new java.util.LinkedHashMap<>();
        Map<LedgerDefinition, List<ChainBlock>> blocks = new java.util.LinkedHashMap<>();
        for (Map.Entry<LedgerDefinition, List<Entry>> e : pending.entries.entrySet()) {
            LedgerDefinition ledger = e.getKey();
            // in the ledgers' name order, so two writers of the same ledgers never wait for each other in a circle
            ReentrantLock lock = writing.computeIfAbsent(ledger.name(), n -> new ReentrantLock());
            lock.lock();
            pending.locked.add(lock);
            Head head = heads.get(ledger.name());
            expected.put(ledger, head == null ? readHead(h, ledger, false) : head);
            blocks.put(ledger, blocks(ledger, expected.get(ledger), e.getValue()));
        }
        int[] inserted = insertBlocks(h, expected, blocks);
        int from = 0;
        for (Map.Entry<LedgerDefinition, List<ChainBlock>> e : blocks.entrySet()) {
            LedgerDefinition ledger = e.getKey();
            Head after = headAfter(ledger, e.getValue(), inserted, from);
            from += e.getValue().size();
            if (after == null) { // another writer moved the head first: read it under lock and chain after it
                STALE_HEADS.increment();
                after = writeLocked(h, ledger, pending.entries.get(ledger));
            }
            pending.written.put(ledger.name(), after);
        }
        pending.entries.clear();
        NANOS_WRITING.add(System.nanoTime() - start);
    }

    /**
     * SQLite runs one write transaction at a time, and a store transaction holds the write lock from its start
     * ({@code transaction_mode=IMMEDIATE}): the heads read here cannot move before the commit. So three statements
     * whatever the ledgers: the heads read, every ledger's block inserted in one prepared batch, the heads moved.
     * Plain JDBC: on the one thread every write waits for, Jdbi's set-up of these three statements (its argument
     * factories, config look-ups) was most of the chain's own time. Answers the heads written.
     */
    private static Map<String, Head> writeOnSqlite(Handle h, Map<LedgerDefinition, List<Entry>> entries) {
        Map<LedgerDefinition, Head> moved = new java.util.LinkedHashMap<>();
        String sql = "INSERT INTO ledger_blocks (ledger, first_position, entries, entry_ids, hashes) VALUES (?, ?, ?, ?, ?)";
        try {
            Map<String, Head> stored = storedHeads(h, entries.keySet());
            try (java.sql.PreparedStatement insert = h.getConnection().prepareStatement(sql)) {
                for (Map.Entry<LedgerDefinition, List<Entry>> e : entries.entrySet()) {
                    LedgerDefinition ledger = e.getKey();
                    Head head = stored.getOrDefault(ledger.name(), new Head(0, CanonicalEntry.GENESIS));
                    for (ChainBlock block : blocks(ledger, head, e.getValue())) {
                        insert.setString(1, ledger.name());
                        block.bind(insert, 2);
                        insert.addBatch();
                        head = block.head();
                    }
                    moved.put(ledger, head);
                }
                insert.executeBatch();
            }
            StatementLog.of(h).ifPresent(log -> log.executed(sql));
        } catch (java.sql.SQLException e) {
            throw new DeferredWrites.WriteFailed(e);
        }
        storeHeads(h, moved);
        Map<String, Head> written = new java.util.HashMap<>();
        moved.forEach((ledger, head) -> written.put(ledger.name(), head));
        return written;
    }

    private static Map<String, Head> storedHeads(Handle h, java.util.Collection<LedgerDefinition> ledgers) throws java.sql.SQLException {
        String sql = "SELECT ledger, length, hash FROM ledger_heads WHERE ledger IN (" + String.join(", ", java.util.Collections.nCopies(ledgers.size(), "?")) + ")";
        Map<String, Head> stored = new java.util.HashMap<>();
        try (java.sql.PreparedStatement read = h.getConnection().prepareStatement(sql)) {
            int i = 1;
            for (LedgerDefinition ledger : ledgers) {
                read.setString(i++, ledger.name());
            }
            try (java.sql.ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    stored.put(rs.getString(1), new Head(rs.getLong(2), rs.getString(3)));
                }
            }
        }
        StatementLog.of(h).ifPresent(log -> log.executed(sql));
        return stored;
    }

    /** How often the head this process expected had moved (another process or thread wrote first). */
    public static long staleHeads() {
        return STALE_HEADS.sum();
    }

    /** Nanoseconds this process spent hashing and writing links before commits, since it started. */
    public static long nanosWritingLinks() {
        return NANOS_WRITING.sum();
    }

    /** The transaction ended: a committed one's heads become the expected ones; a failed one's are forgotten. */
    public void end(boolean committed) {
        Pending pending = PENDING.get();
        if (pending == null || pending.chain() != this) {
            return;
        }
        if (pending.outer == null) {
            PENDING.remove();
        } else {
            PENDING.set(pending.outer);
        }
        try {
            if (committed) {
                pending.written.forEach((name, head) -> heads.merge(name, head, (old, now) -> now.length() >= old.length() ? now : old));
            } else {
                pending.written.keySet().forEach(heads::remove);
                pending.entries.keySet().forEach(l -> heads.remove(l.name()));
            }
        } finally {
            pending.locked.forEach(ReentrantLock::unlock);
        }
    }

    /** Reads the head under the ledger's lock and writes; used when the expected head was stale. */
    private static Head writeLocked(Handle h, LedgerDefinition ledger, List<Entry> entries) {
        Head current = readHead(h, ledger, true);
        Head after = tryWrite(h, ledger, current, entries);
        if (after == null) {
            throw new IllegalStateException("the head of ledger " + ledger.name() + " moved while locked");
        }
        return after;
    }

    /** Writes the links after an expected head; null when the head was not the expected one (nothing written). */
    private static Head tryWrite(Handle h, LedgerDefinition ledger, Head expected, List<Entry> entries) {
        List<ChainBlock> blocks = blocks(ledger, expected, entries);
        return headAfter(ledger, blocks, insertBlocks(h, Map.of(ledger, expected), Map.of(ledger, blocks)), 0);
    }

    /**
     * The head after a ledger's blocks, from the counts {@link #insertBlocks} answered for them (at {@code from}): null
     * when none was inserted, the head having moved before the first.
     */
    private static Head headAfter(LedgerDefinition ledger, List<ChainBlock> blocks, int[] inserted, int from) {
        boolean all = true;
        boolean none = true;
        for (int b = 0; b < blocks.size(); b++) {
            all &= inserted[from + b] == 1;
            none &= inserted[from + b] == 0;
        }
        if (all) {
            return blocks.get(blocks.size() - 1).head();
        }
        if (none) {
            return null;
        }
        throw new IllegalStateException("the head of ledger " + ledger.name() + " moved within a transaction");
    }

    /** The entries chained after the head, in blocks of at most {@value ChainBlock#MAX_ENTRIES}. */
    private static List<ChainBlock> blocks(LedgerDefinition ledger, Head head, List<Entry> entries) {
        List<ChainBlock> blocks = new ArrayList<>(1 + entries.size() / ChainBlock.MAX_ENTRIES);
        for (int from = 0; from < entries.size(); from += ChainBlock.MAX_ENTRIES) {
            List<Entry> part = entries.subList(from, Math.min(entries.size(), from + ChainBlock.MAX_ENTRIES));
            ChainBlock block = ChainBlock.after(head, ledger, part.stream().map(Entry::id).toList(),
                    part.stream().map(Entry::body).toList());
            blocks.add(block);
            head = block.head();
        }
        return blocks;
    }

    /**
     * PostgreSQL: every block in one batch (the driver sends a batch in one round trip, and runs it in order, so the
     * heads are still locked in the ledgers' name order). Each statement inserts its block only if the stored head is
     * the one the block follows, and moves the head. Answers, per block in order, 1 when it was inserted and 0 when its
     * head was not the expected one.
     */
    private static int[] insertBlocks(Handle h, Map<LedgerDefinition, Head> expected, Map<LedgerDefinition, List<ChainBlock>> blocks) {
        // plain JDBC, as on SQLite: Jdbi's set-up of the batch (argument factories, config look-ups) was most of the
        // chain's own time on the writer thread
        String sql = "WITH head AS (UPDATE ledger_heads SET length = ?, hash = ? WHERE ledger = ? AND length = ? AND hash = ? RETURNING ledger)"
                + " INSERT INTO ledger_blocks (ledger, first_position, entries, entry_ids, hashes) SELECT head.ledger, ?, ?, ?, ? FROM head";
        try (java.sql.PreparedStatement batch = h.getConnection().prepareStatement(sql)) {
            for (Map.Entry<LedgerDefinition, List<ChainBlock>> e : blocks.entrySet()) {
                Head previous = expected.get(e.getKey());
                for (ChainBlock block : e.getValue()) {
                    Head next = block.head();
                    batch.setLong(1, next.length());
                    batch.setString(2, next.hash());
                    batch.setString(3, e.getKey().name());
                    batch.setLong(4, previous.length());
                    batch.setString(5, previous.hash());
                    block.bind(batch, 6);
                    batch.addBatch();
                    previous = next;
                }
            }
            int[] inserted = batch.executeBatch();
            StatementLog.of(h).ifPresent(log -> log.executed(sql));
            return inserted;
        } catch (java.sql.SQLException e) {
            throw new DeferredWrites.WriteFailed(e);
        }
    }

    /** Sets the ledgers' stored heads, whatever they were, in one statement (plain JDBC, as {@link #writeOnSqlite}). */
    static void storeHeads(Handle h, Map<LedgerDefinition, Head> heads) {
        if (heads.isEmpty()) {
            return;
        }
        String sql = "INSERT INTO ledger_heads (ledger, length, hash) VALUES " + String.join(", ", java.util.Collections.nCopies(heads.size(), "(?, ?, ?)"))
                + " ON CONFLICT (ledger) DO UPDATE SET length = excluded.length, hash = excluded.hash";
        try (java.sql.PreparedStatement update = h.getConnection().prepareStatement(sql)) {
            int i = 1;
            for (Map.Entry<LedgerDefinition, Head> e : heads.entrySet()) {
                update.setString(i++, e.getKey().name());
                update.setLong(i++, e.getValue().length());
                update.setString(i++, e.getValue().hash());
            }
            update.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new DeferredWrites.WriteFailed(e);
        }
        StatementLog.of(h).ifPresent(log -> log.executed(sql));
    }

    /** The ledger's head as stored; with lock, held until the transaction ends (PostgreSQL; SQLite writes one at a time). */
    static Head readHead(Handle h, LedgerDefinition ledger, boolean lock) {
        boolean postgres = isPostgres(h);
        if (lock && postgres) {
            h.createUpdate("INSERT INTO ledger_heads (ledger, length, hash) VALUES (:ledger, 0, :genesis) ON CONFLICT (ledger) DO NOTHING")
                    .bind("ledger", ledger.name()).bind("genesis", CanonicalEntry.GENESIS).execute();
        }
        return h.createQuery("SELECT length, hash FROM ledger_heads WHERE ledger = :ledger" + (lock && postgres ? " FOR UPDATE" : ""))
                .bind("ledger", ledger.name()).map((rs, ctx) -> new Head(rs.getLong("length"), rs.getString("hash")))
                .findOne().orElse(new Head(0, CanonicalEntry.GENESIS));
    }

    static boolean isPostgres(Handle h) {
        try {
            return h.getConnection().getMetaData().getURL().startsWith("jdbc:postgresql:");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot tell the store's kind", e);
        }
    }
}
