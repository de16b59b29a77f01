-- Vaccination certificates: the append-only log of every certificate issued (who, for whom, which format, signed by
-- which key), with the EU DCC revocation hashes that would revoke it.

CREATE TABLE certificate_issues (
    id               uuid PRIMARY KEY,
    certificate_id   text NOT NULL UNIQUE,
    person_id        uuid NOT NULL,
    province_code    text,
    dose_id          uuid NOT NULL,
    format           text NOT NULL CHECK (format IN ('HC1', 'SHC', 'DDCC')),
    kid              text NOT NULL,
    issued_at        timestamptz NOT NULL,
    expires_at       timestamptz NOT NULL,
    issued_by        text NOT NULL,
    uci_hash         text,
    country_uci_hash text,
    signature_hash   text
);
CREATE INDEX certificate_issues_by_person ON certificate_issues (person_id, issued_at);
CREATE INDEX certificate_issues_by_dose ON certificate_issues (dose_id);

CREATE TRIGGER certificate_issues_append_only BEFORE UPDATE OR DELETE ON certificate_issues
    FOR EACH ROW EXECUTE FUNCTION vaxline_refuse_ledger_change();
