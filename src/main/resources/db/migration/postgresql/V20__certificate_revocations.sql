-- Revoked certificates: one append-only entry per revoked certificate (a certificate is revoked at most once), with what
-- caused it (a request with its reason, a reversed dose, a merge, a correction) and who; the served revocation lists
-- are read from these entries and the hashes logged at issue.

CREATE TABLE certificate_revocations (
    id          uuid PRIMARY KEY,
    issue_id    uuid NOT NULL UNIQUE REFERENCES certificate_issues (id),
    cause       text NOT NULL CHECK (cause IN ('REQUEST', 'DOSE_REVERSED', 'PERSONS_MERGED', 'PERSON_CORRECTED')),
    cause_id    uuid,
    reason      text NOT NULL,
    revoked_at  timestamptz NOT NULL,
    revoked_by  text NOT NULL
);
CREATE INDEX certificate_revocations_by_time ON certificate_revocations (revoked_at);

CREATE TRIGGER certificate_revocations_append_only BEFORE UPDATE OR DELETE ON certificate_revocations
    FOR EACH ROW EXECUTE FUNCTION vaxline_refuse_ledger_change();
