-- Revoked certificates: one append-only entry per revoked certificate (a certificate is revoked at most once), with what
-- caused it (a request with its reason, a reversed dose, a merge, a correction) and who; the served revocation lists
-- are read from these entries and the hashes logged at issue.

CREATE TABLE certificate_revocations (
    id          TEXT PRIMARY KEY,
    issue_id    TEXT NOT NULL UNIQUE REFERENCES certificate_issues (id),
    cause       TEXT NOT NULL CHECK (cause IN ('REQUEST', 'DOSE_REVERSED', 'PERSONS_MERGED', 'PERSON_CORRECTED')),
    cause_id    TEXT,
    reason      TEXT NOT NULL,
    revoked_at  TEXT NOT NULL,
    revoked_by  TEXT NOT NULL
);
CREATE INDEX certificate_revocations_by_time ON certificate_revocations (revoked_at);

CREATE TRIGGER certificate_revocations_append_only_update BEFORE UPDATE ON certificate_revocations
BEGIN SELECT RAISE(ABORT, 'certificate_revocations is an append-only ledger'); END;
CREATE TRIGGER certificate_revocations_append_only_delete BEFORE DELETE ON certificate_revocations
BEGIN SELECT RAISE(ABORT, 'certificate_revocations is an append-only ledger'); END;
