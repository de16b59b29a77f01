-- The agreement ledger: agreements and their commitments are written once; deliveries and milestone
-- completions are append-only entries; commitment_fulfilment is their projection.

CREATE TABLE agreements (
    id              TEXT PRIMARY KEY,
    title           TEXT NOT NULL,
    from_partner_id TEXT NOT NULL,
    to_partner_id   TEXT NOT NULL,
    signed_on       TEXT NOT NULL,
    kind            TEXT NOT NULL,
    reference       TEXT,
    recorded_at     TEXT NOT NULL,
    recorded_by     TEXT NOT NULL
);

CREATE TABLE commitments (
    id             TEXT PRIMARY KEY,
    agreement_id   TEXT NOT NULL REFERENCES agreements (id),
    position       INTEGER NOT NULL,
    kind           TEXT NOT NULL,
    item_type      TEXT,
    item_id        TEXT,
    quantity_milli INTEGER,
    unit           TEXT,
    due_date       TEXT NOT NULL
);
CREATE INDEX commitments_by_agreement ON commitments (agreement_id, position);
CREATE INDEX commitments_by_item ON commitments (item_id);

CREATE TABLE milestones (
    id            TEXT PRIMARY KEY,
    commitment_id TEXT NOT NULL REFERENCES commitments (id),
    position      INTEGER NOT NULL,
    name          TEXT NOT NULL,
    due_date      TEXT NOT NULL
);
CREATE INDEX milestones_by_commitment ON milestones (commitment_id, position);

-- A milestone is completed at most once: the primary key says so.
CREATE TABLE milestone_completions (
    milestone_id TEXT PRIMARY KEY REFERENCES milestones (id),
    done_on      TEXT NOT NULL,
    recorded_at  TEXT NOT NULL,
    recorded_by  TEXT NOT NULL
);

-- A delivery is reversed at most once: reverses_id is unique.
CREATE TABLE deliveries (
    id             TEXT PRIMARY KEY,
    agreement_id   TEXT NOT NULL REFERENCES agreements (id),
    commitment_id  TEXT NOT NULL REFERENCES commitments (id),
    type           TEXT NOT NULL CHECK (type IN ('DELIVERY', 'REVERSAL')),
    quantity_milli INTEGER NOT NULL,
    unit           TEXT NOT NULL,
    delivered_on   TEXT NOT NULL,
    reference      TEXT,
    over_delivery  INTEGER NOT NULL DEFAULT 0,
    reverses_id    TEXT UNIQUE REFERENCES deliveries (id),
    reason         TEXT,
    province_code  TEXT,
    recorded_at    TEXT NOT NULL,
    recorded_by    TEXT NOT NULL
);
CREATE INDEX deliveries_by_commitment ON deliveries (commitment_id, delivered_on);
CREATE INDEX deliveries_by_agreement ON deliveries (agreement_id, id);

CREATE TABLE commitment_fulfilment (
    commitment_id      TEXT PRIMARY KEY REFERENCES commitments (id),
    agreement_id       TEXT NOT NULL,
    delivered_milli    INTEGER NOT NULL,
    deliveries         INTEGER NOT NULL,
    first_delivered_on TEXT,
    last_delivered_on  TEXT
);

-- Ledgers are never rewritten: the database itself refuses updates and deletes.
CREATE TRIGGER deliveries_append_only_update BEFORE UPDATE ON deliveries
BEGIN SELECT RAISE(ABORT, 'deliveries is an append-only ledger'); END;
CREATE TRIGGER deliveries_append_only_delete BEFORE DELETE ON deliveries
BEGIN SELECT RAISE(ABORT, 'deliveries is an append-only ledger'); END;
CREATE TRIGGER milestone_completions_append_only_update BEFORE UPDATE ON milestone_completions
BEGIN SELECT RAISE(ABORT, 'milestone_completions is an append-only ledger'); END;
CREATE TRIGGER milestone_completions_append_only_delete BEFORE DELETE ON milestone_completions
BEGIN SELECT RAISE(ABORT, 'milestone_completions is an append-only ledger'); END;
