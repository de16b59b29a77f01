package org.vaxline.platform.ledger;

import java.util.UUID;

/**
 * What verifying one ledger found: its length and head as recomputed from its entries, and the first entry that breaks
 * the chain (null when none does).
 */
public record LedgerVerification(String ledger, long length, String head, Break firstBreak) {
    /** Where the chain breaks: the position (0 when an entry has no position at all), the entry's id and why. */
    public record Break(long position, UUID entryId, String problem) {
    }

    public boolean intact() {
        return firstBreak == null;
    }
}
