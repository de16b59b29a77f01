-- Cold chain: temperature excursions at a facility (or on a shipment received there), the lots each one held or
-- spared, and the assessment of each held lot. All three are append-only ledgers.

CREATE TABLE excursions (
    id               TEXT PRIMARY KEY,
    facility_id      TEXT NOT NULL,
    province_code    TEXT,
    shipment_id      TEXT,
    started_at       TEXT NOT NULL,
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0),
    lowest_c         REAL NOT NULL,
    highest_c        REAL NOT NULL,
    note             TEXT,
    recorded_at      TEXT NOT NULL,
    recorded_by      TEXT NOT NULL,
    CHECK (lowest_c <= highest_c)
);
CREATE INDEX excursions_by_facility ON excursions (facility_id, id);

-- Each lot looked at, with what was known then; hold_id is null for a lot the excursion spared.
CREATE TABLE excursion_lots (
    excursion_id  TEXT NOT NULL REFERENCES excursions (id),
    lot_id        TEXT NOT NULL,
    lot_number    TEXT NOT NULL,
    product_id    TEXT NOT NULL,
    doses_on_hand INTEGER NOT NULL,
    storage_min_c REAL NOT NULL,
    storage_max_c REAL NOT NULL,
    hold_id       TEXT UNIQUE,
    PRIMARY KEY (excursion_id, lot_id)
);

-- A held lot is assessed once: the key says so.
CREATE TABLE excursion_assessments (
    excursion_id       TEXT NOT NULL,
    lot_id             TEXT NOT NULL,
    outcome            TEXT NOT NULL CHECK (outcome IN ('RELEASED', 'DISCARDED')),
    note               TEXT NOT NULL,
    doses_discarded    INTEGER NOT NULL CHECK (doses_discarded >= 0),
    wastage_request_id TEXT,
    assessed_at        TEXT NOT NULL,
    assessed_by        TEXT NOT NULL,
    PRIMARY KEY (excursion_id, lot_id),
    FOREIGN KEY (excursion_id, lot_id) REFERENCES excursion_lots (excursion_id, lot_id)
);

CREATE TRIGGER excursions_append_only_update BEFORE UPDATE ON excursions
BEGIN SELECT RAISE(ABORT, 'excursions is an append-only ledger'); END;
CREATE TRIGGER excursions_append_only_delete BEFORE DELETE ON excursions
BEGIN SELECT RAISE(ABORT, 'excursions is an append-only ledger'); END;
CREATE TRIGGER excursion_lots_append_only_update BEFORE UPDATE ON excursion_lots
BEGIN SELECT RAISE(ABORT, 'excursion_lots is an append-only ledger'); END;
CREATE TRIGGER excursion_lots_append_only_delete BEFORE DELETE ON excursion_lots
BEGIN SELECT RAISE(ABORT, 'excursion_lots is an append-only ledger'); END;
CREATE TRIGGER excursion_assessments_append_only_update BEFORE UPDATE ON excursion_assessments
BEGIN SELECT RAISE(ABORT, 'excursion_assessments is an append-only ledger'); END;
CREATE TRIGGER excursion_assessments_append_only_delete BEFORE DELETE ON excursion_assessments
BEGIN SELECT RAISE(ABORT, 'excursion_assessments is an append-only ledger'); END;
