-- The chain's links, leaner: the dose path writes two links per dose, and on SQLite the (ledger, entry_id) index and
-- the per-row head trigger were most of what the chain cost it (34% of the dose path's throughput, DoseChainBenchmark).
-- Each entry is still chained once: its table's key keeps it unique, and its id is hashed into its link, so a link
-- moved to another entry breaks the chain; `ledger verify` counts the entries against the chain instead of looking
-- each one up. The head is now moved by the writer (LedgerChain), once per ledger per transaction, not per link.
CREATE TABLE ledger_links_lean (
    ledger   TEXT    NOT NULL,
    position INTEGER NOT NULL CHECK (position >= 1),
    entry_id TEXT    NOT NULL,
    hash     TEXT    NOT NULL CHECK (length(hash) = 64),
    PRIMARY KEY (ledger, position)
) WITHOUT ROWID;

INSERT INTO ledger_links_lean (ledger, position, entry_id, hash) SELECT ledger, position, entry_id, hash FROM ledger_links;

-- dropping the table drops its triggers (the head trigger and the append-only ones) and fires none of them
DROP TABLE ledger_links;
ALTER TABLE ledger_links_lean RENAME TO ledger_links;

CREATE TRIGGER ledger_links_append_only_update BEFORE UPDATE ON ledger_links
BEGIN SELECT RAISE(ABORT, 'ledger_links is append-only'); END;
CREATE TRIGGER ledger_links_append_only_delete BEFORE DELETE ON ledger_links
BEGIN SELECT RAISE(ABORT, 'ledger_links is append-only'); END;
