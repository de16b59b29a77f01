-- Vaccination certificates: the append-only log of every certificate issued (who, for whom, which format, signed by
-- which key), with the EU DCC revocation hashes that would revoke it.

CREATE TABLE certificate_issues (
    id               TEXT PRIMARY KEY,
    certificate_id   TEXT NOT NULL UNIQUE,
    person_id        TEXT NOT NULL,
    province_code    TEXT,
    dose_id          TEXT NOT NULL,
    format           TEXT NOT NULL CHECK (format IN ('HC1', 'SHC', 'DDCC')),
    kid              TEXT NOT NULL,
    issued_at        TEXT NOT NULL,
    expires_at       TEXT NOT NULL,
    issued_by        TEXT NOT NULL,
    uci_hash         TEXT,
    country_uci_hash TEXT,
    signature_hash   TEXT
);
CREATE INDEX certificate_issues_by_person ON certificate_issues (person_id, issued_at);
CREATE INDEX certificate_issues_by_dose ON certificate_issues (dose_id);

CREATE TRIGGER certificate_issues_append_only_update BEFORE UPDATE ON certificate_issues
BEGIN SELECT RAISE(ABORT, 'certificate_issues is an append-only ledger'); END;
CREATE TRIGGER certificate_issues_append_only_delete BEFORE DELETE ON certificate_issues
BEGIN SELECT RAISE(ABORT, 'certificate_issues is an append-only ledger'); END;
