-- Tamper evidence for the ledgers. Every ledger entry is chained to the one before it in its ledger:
-- hash(n) = SHA-256(hash(n-1) || canonical bytes of entry n), as lowercase hex (see platform/ledger/CanonicalEntry).
-- ledger_links holds each entry's position and hash; ledger_heads the newest per ledger, kept by a trigger here
-- (SQLite runs write transactions one at a time; the insert itself checks the head it expected).
CREATE TABLE ledger_links (
    ledger   TEXT    NOT NULL,
    position INTEGER NOT NULL CHECK (position >= 1),
    entry_id TEXT    NOT NULL,
    hash     TEXT    NOT NULL CHECK (length(hash) = 64),
    PRIMARY KEY (ledger, position),
    UNIQUE (ledger, entry_id)
) WITHOUT ROWID;

CREATE TABLE ledger_heads (
    ledger TEXT    PRIMARY KEY,
    length INTEGER NOT NULL CHECK (length >= 0),
    hash   TEXT    NOT NULL CHECK (length(hash) = 64)
);

CREATE TRIGGER ledger_links_head AFTER INSERT ON ledger_links
BEGIN
    INSERT INTO ledger_heads (ledger, length, hash) VALUES (NEW.ledger, NEW.position, NEW.hash)
    ON CONFLICT (ledger) DO UPDATE SET length = excluded.length, hash = excluded.hash;
END;

CREATE TRIGGER ledger_links_append_only_update BEFORE UPDATE ON ledger_links
BEGIN SELECT RAISE(ABORT, 'ledger_links is append-only'); END;
CREATE TRIGGER ledger_links_append_only_delete BEFORE DELETE ON ledger_links
BEGIN SELECT RAISE(ABORT, 'ledger_links is append-only'); END;
