package db.migration.sqlite;

import org.vaxline.platform.ledger.LinksIntoBlocks;

/**
 * V56: the links a store holds move into blocks. Flyway finds it beside the SQL migrations of this store's kind; the
 * work is {@link LinksIntoBlocks}'.
 */
public final class V56__Ledger_links_into_blocks extends LinksIntoBlocks {
}
