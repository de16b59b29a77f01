-- Lots and their release, holds and shelf-life decisions. lots, lot_decisions, lot_holds, lot_hold_lifts and
-- shelf_life_decisions are append-only; lot_state and lot_state_holds are their projection.

-- A lot number is unique per product; product ids come from the catalogue (checked by the use case).
CREATE TABLE lots (
    id              uuid PRIMARY KEY,
    product_id      uuid NOT NULL,
    lot_number      text NOT NULL,
    gtin            text NOT NULL,
    manufactured_on date NOT NULL,
    labelled_expiry date NOT NULL,
    created_at      timestamptz NOT NULL,
    created_by      text NOT NULL,
    UNIQUE (product_id, lot_number)
);
CREATE INDEX lots_by_number ON lots (lot_number);

-- At most one final decision per lot: lot_id is unique.
CREATE TABLE lot_decisions (
    id                 uuid PRIMARY KEY,
    lot_id             uuid NOT NULL UNIQUE REFERENCES lots (id),
    decision           text NOT NULL CHECK (decision IN ('RELEASE', 'REJECT')),
    certificate_number text,
    reason             text,
    decided_on         date NOT NULL,
    recorded_at        timestamptz NOT NULL,
    recorded_by        text NOT NULL
);

-- A hold without a facility stops the lot everywhere.
CREATE TABLE lot_holds (
    id          uuid PRIMARY KEY,
    lot_id      uuid NOT NULL REFERENCES lots (id),
    facility_id uuid,
    reason      text NOT NULL,
    source      text NOT NULL CHECK (source IN ('EXCURSION', 'RECALL', 'MANUAL')),
    source_id   uuid,
    placed_at   timestamptz NOT NULL,
    placed_by   text NOT NULL
);
CREATE INDEX lot_holds_by_lot ON lot_holds (lot_id);

-- A hold is lifted at most once: hold_id is the key.
CREATE TABLE lot_hold_lifts (
    hold_id   uuid PRIMARY KEY REFERENCES lot_holds (id),
    outcome   text NOT NULL CHECK (outcome IN ('RELEASED', 'DISCARDED')),
    note      text,
    lifted_at timestamptz NOT NULL,
    lifted_by text NOT NULL
);

CREATE TABLE shelf_life_decisions (
    id                uuid PRIMARY KEY,
    product_id        uuid NOT NULL,
    months            integer NOT NULL CHECK (months > 0),
    decided_on        date NOT NULL,
    authority         text NOT NULL,
    reference         text NOT NULL,
    manufactured_from date,
    manufactured_to   date,
    recorded_at       timestamptz NOT NULL,
    recorded_by       text NOT NULL
);
CREATE INDEX shelf_life_decisions_by_product ON shelf_life_decisions (product_id, decided_on);

CREATE TABLE lot_state (
    lot_id          uuid PRIMARY KEY REFERENCES lots (id),
    status          text NOT NULL,
    expires_on      date NOT NULL,
    held_everywhere boolean NOT NULL
);
CREATE INDEX lot_state_by_status ON lot_state (status);

-- Facilities where a lot is on hold (any open hold there).
CREATE TABLE lot_state_holds (
    lot_id      uuid NOT NULL REFERENCES lots (id),
    facility_id uuid NOT NULL,
    PRIMARY KEY (lot_id, facility_id)
);

-- vaxline_refuse_ledger_change() comes from V3.
CREATE TRIGGER lots_append_only BEFORE UPDATE OR DELETE ON lots
    FOR EACH ROW EXECUTE FUNCTION vaxline_refuse_ledger_change();
CREATE TRIGGER lot_decisions_append_only BEFORE UPDATE OR DELETE ON lot_decisions
    FOR EACH ROW EXECUTE FUNCTION vaxline_refuse_ledger_change();
CREATE TRIGGER lot_holds_append_only BEFORE UPDATE OR DELETE ON lot_holds
    FOR EACH ROW EXECUTE FUNCTION vaxline_refuse_ledger_change();
CREATE TRIGGER lot_hold_lifts_append_only BEFORE UPDATE OR DELETE ON lot_hold_lifts
    FOR EACH ROW EXECUTE FUNCTION vaxline_refuse_ledger_change();
CREATE TRIGGER shelf_life_decisions_append_only BEFORE UPDATE OR DELETE ON shelf_life_decisions
    FOR EACH ROW EXECUTE FUNCTION vaxline_refuse_ledger_change();
