-- Tamper evidence for the ledgers. Every ledger entry is chained to the one before it in its ledger:
-- hash(n) = SHA-256(hash(n-1) || canonical bytes of entry n), as lowercase hex (see platform/ledger/CanonicalEntry).
-- ledger_links holds each entry's position and hash; ledger_heads the newest per ledger, which a writer updates once
-- per transaction against the head it expected, so two writers can never both extend the same head.
CREATE TABLE ledger_links (
    ledger   text   NOT NULL,
    position bigint NOT NULL CHECK (position >= 1),
    entry_id uuid   NOT NULL,
    hash     text   NOT NULL CHECK (length(hash) = 64),
    PRIMARY KEY (ledger, position),
    UNIQUE (ledger, entry_id)
);

CREATE TABLE ledger_heads (
    ledger text   PRIMARY KEY,
    length bigint NOT NULL CHECK (length >= 0),
    hash   text   NOT NULL CHECK (length(hash) = 64)
);

CREATE TRIGGER ledger_links_append_only BEFORE UPDATE OR DELETE ON ledger_links
    FOR EACH ROW EXECUTE FUNCTION vaxline_refuse_ledger_change();
