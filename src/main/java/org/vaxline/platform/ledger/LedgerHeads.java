package org.vaxline.platform.ledger;

import org.jdbi.v3.core.Handle;
import org.vaxline.platform.error.PlatformError;
import org.vaxline.platform.error.VaxlineException;
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
        return store.read(h -> blockHolding(h, ledger, length))
                .map(block -> new HeadAt(ledger.name(), length, block.hash((int) (length - block.firstPosition()))))
                .orElseThrow(() -> VaxlineException.field(PlatformError.NOT_FOUND, "length",
                        "ledger " + ledger.name() + " has fewer than " + length + " entries"));
    }

    /** The id of the entry at a position of a ledger, if it has one: what an auditor looks up after a break. */
    public java.util.Optional<UUID> entryAt(String name, long position) {
        LedgerDefinition ledger = ledger(name);
        return store.read(h -> blockHolding(h, ledger, position))
                .map(block -> block.entryId((int) (position - block.firstPosition())));
    }

    private static java.util.Optional<ChainBlock> blockHolding(Handle h, LedgerDefinition ledger, long position) {
        return h.createQuery("SELECT first_position, entry_ids, hashes FROM ledger_blocks WHERE ledger = :ledger"
                        + " AND first_position <= :position ORDER BY first_position DESC LIMIT 1")
                .bind("ledger", ledger.name()).bind("position", position)
                .map((rs, ctx) -> ChainBlock.read(rs))
                .findOne().filter(block -> position <= block.lastPosition());
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

    /** Recomputes the ledger's chain from its entries and names the first that breaks ({@link ChainVerifier}). */
    public LedgerVerification verify(String name) {
        LedgerDefinition ledger = ledger(name);
        return store.read(h -> ChainVerifier.verify(h, ledger));
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
