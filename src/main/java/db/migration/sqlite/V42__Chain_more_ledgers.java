package db.migration.sqlite;

import org.vaxline.platform.ledger.ChainExistingLedgers;
import org.vaxline.platform.ledger.ChainedLedgers;

/**
 * V42: chains the entries already held by the ledgers chained since V42 (person correction fields and merges,
 * shelf-life decisions, recalls and their facilities, milestone completions). Flyway finds it beside the SQL
 * migrations of this store's kind; the work is {@link ChainExistingLedgers}'.
 */
public final class V42__Chain_more_ledgers extends ChainExistingLedgers {
    public V42__Chain_more_ledgers() {
        super("42", "chain more ledgers' existing entries", 42_001, ChainedLedgers.SINCE_V42);
    }
}
