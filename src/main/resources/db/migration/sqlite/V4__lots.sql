-- Lots and their release, holds and shelf-life decisions. lots, lot_decisions, lot_holds, lot_hold_lifts and
-- shelf_life_decisions are append-only; lot_state and lot_state_holds are their projection.

-- A lot number is unique per product; product ids come from the catalogue (checked by the use case).
CREATE TABLE lots (
    id              TEXT PRIMARY KEY,
    product_id      TEXT NOT NULL,
    lot_number      TEXT NOT NULL,
    gtin            TEXT NOT NULL,
    manufactured_on TEXT NOT NULL,
    labelled_expiry TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    created_by      TEXT NOT NULL,
    UNIQUE (product_id, lot_number)
);
CREATE INDEX lots_by_number ON lots (lot_number);

-- At most one final decision per lot: lot_id is unique.
CREATE TABLE lot_decisions (
    id                 TEXT PRIMARY KEY,
    lot_id             TEXT NOT NULL UNIQUE REFERENCES lots (id),
    decision           TEXT NOT NULL CHECK (decision IN ('RELEASE', 'REJECT')),
    certificate_number TEXT,
    reason             TEXT,
    decided_on         TEXT NOT NULL,
    recorded_at        TEXT NOT NULL,
    recorded_by        TEXT NOT NULL
);

-- A hold without a facility stops the lot everywhere.
CREATE TABLE lot_holds (
    id          TEXT PRIMARY KEY,
    lot_id      TEXT NOT NULL REFERENCES lots (id),
    facility_id TEXT,
    reason      TEXT NOT NULL,
    source      TEXT NOT NULL CHECK (source IN ('EXCURSION', 'RECALL', 'MANUAL')),
    source_id   TEXT,
    placed_at   TEXT NOT NULL,
    placed_by   TEXT NOT NULL
);
CREATE INDEX lot_holds_by_lot ON lot_holds (lot_id);

-- A hold is lifted at most once: hold_id is the key.
CREATE TABLE lot_hold_lifts (
    hold_id   TEXT PRIMARY KEY REFERENCES lot_holds (id),
    outcome   TEXT NOT NULL CHECK (outcome IN ('RELEASED', 'DISCARDED')),
    note      TEXT,
    lifted_at TEXT NOT NULL,
    lifted_by TEXT NOT NULL
);

CREATE TABLE shelf_life_decisions (
    id                TEXT PRIMARY KEY,
    product_id        TEXT NOT NULL,
    months            INTEGER NOT NULL CHECK (months > 0),
    decided_on        TEXT NOT NULL,
    authority         TEXT NOT NULL,
    reference         TEXT NOT NULL,
    manufactured_from TEXT,
    manufactured_to   TEXT,
    recorded_at       TEXT NOT NULL,
    recorded_by       TEXT NOT NULL
);
CREATE INDEX shelf_life_decisions_by_product ON shelf_life_decisions (product_id, decided_on);

CREATE TABLE lot_state (
    lot_id          TEXT PRIMARY KEY REFERENCES lots (id),
    status          TEXT NOT NULL,
    expires_on      TEXT NOT NULL,
    held_everywhere INTEGER NOT NULL
);
CREATE INDEX lot_state_by_status ON lot_state (status);

-- Facilities where a lot is on hold (any open hold there).
CREATE TABLE lot_state_holds (
    lot_id      TEXT NOT NULL REFERENCES lots (id),
    facility_id TEXT NOT NULL,
    PRIMARY KEY (lot_id, facility_id)
);

CREATE TRIGGER lots_append_only_update BEFORE UPDATE ON lots
BEGIN SELECT RAISE(ABORT, 'lots is an append-only ledger'); END;
CREATE TRIGGER lots_append_only_delete BEFORE DELETE ON lots
BEGIN SELECT RAISE(ABORT, 'lots is an append-only ledger'); END;
CREATE TRIGGER lot_decisions_append_only_update BEFORE UPDATE ON lot_decisions
BEGIN SELECT RAISE(ABORT, 'lot_decisions is an append-only ledger'); END;
CREATE TRIGGER lot_decisions_append_only_delete BEFORE DELETE ON lot_decisions
BEGIN SELECT RAISE(ABORT, 'lot_decisions is an append-only ledger'); END;
CREATE TRIGGER lot_holds_append_only_update BEFORE UPDATE ON lot_holds
BEGIN SELECT RAISE(ABORT, 'lot_holds is an append-only ledger'); END;
CREATE TRIGGER lot_holds_append_only_delete BEFORE DELETE ON lot_holds
BEGIN SELECT RAISE(ABORT, 'lot_holds is an append-only ledger'); END;
CREATE TRIGGER lot_hold_lifts_append_only_update BEFORE UPDATE ON lot_hold_lifts
BEGIN SELECT RAISE(ABORT, 'lot_hold_lifts is an append-only ledger'); END;
CREATE TRIGGER lot_hold_lifts_append_only_delete BEFORE DELETE ON lot_hold_lifts
BEGIN SELECT RAISE(ABORT, 'lot_hold_lifts is an append-only ledger'); END;
CREATE TRIGGER shelf_life_decisions_append_only_update BEFORE UPDATE ON shelf_life_decisions
BEGIN SELECT RAISE(ABORT, 'shelf_life_decisions is an append-only ledger'); END;
CREATE TRIGGER shelf_life_decisions_append_only_delete BEFORE DELETE ON shelf_life_decisions
BEGIN SELECT RAISE(ABORT, 'shelf_life_decisions is an append-only ledger'); END;
