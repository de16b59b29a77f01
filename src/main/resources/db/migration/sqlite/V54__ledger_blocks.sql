-- The chain's links in blocks: one row per ledger per writing transaction, holding each entry's id (16 bytes) and
-- chained hash (32 bytes) in position order (platform/ledger/ChainBlock). The hashes are the same per-entry chain as
-- ledger_links held; a row and an index entry per link were most of what the chain still cost the dose path.
-- V56 moves the links already held into blocks and drops ledger_links.
CREATE TABLE ledger_blocks (
    ledger         TEXT    NOT NULL,
    first_position INTEGER NOT NULL CHECK (first_position >= 1),
    entries        INTEGER NOT NULL CHECK (entries >= 1),
    entry_ids      BLOB    NOT NULL CHECK (length(entry_ids) = 16 * entries),
    hashes         BLOB    NOT NULL CHECK (length(hashes) = 32 * entries),
    PRIMARY KEY (ledger, first_position)
);

CREATE TRIGGER ledger_blocks_append_only_update BEFORE UPDATE ON ledger_blocks
BEGIN SELECT RAISE(ABORT, 'ledger_blocks is append-only'); END;
CREATE TRIGGER ledger_blocks_append_only_delete BEFORE DELETE ON ledger_blocks
BEGIN SELECT RAISE(ABORT, 'ledger_blocks is append-only'); END;
