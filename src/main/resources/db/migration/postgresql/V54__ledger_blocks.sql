-- The chain's links in blocks: one row per ledger per writing transaction, holding each entry's id (16 bytes) and
-- chained hash (32 bytes) in position order (platform/ledger/ChainBlock). The hashes are the same per-entry chain as
-- ledger_links held; a row and an index entry per link were most of what the chain still cost the dose path.
-- V56 moves the links already held into blocks and drops ledger_links.
CREATE TABLE ledger_blocks (
    ledger         text    NOT NULL,
    first_position bigint  NOT NULL CHECK (first_position >= 1),
    entries        integer NOT NULL CHECK (entries >= 1),
    entry_ids      bytea   NOT NULL CHECK (octet_length(entry_ids) = 16 * entries),
    hashes         bytea   NOT NULL CHECK (octet_length(hashes) = 32 * entries),
    PRIMARY KEY (ledger, first_position)
);

CREATE TRIGGER ledger_blocks_append_only BEFORE UPDATE OR DELETE ON ledger_blocks
    FOR EACH ROW EXECUTE FUNCTION vaxline_refuse_ledger_change();
