-- Cold chain: temperature excursions at a facility (or on a shipment received there), the lots each one held or
-- spared, and the assessment of each held lot. All three are append-only ledgers.

CREATE TABLE excursions (
    id               uuid PRIMARY KEY,
    facility_id      uuid NOT NULL,
    province_code    text,
    shipment_id      uuid,
    started_at       timestamptz NOT NULL,
    duration_minutes integer NOT NULL CHECK (duration_minutes > 0),
    lowest_c         double precision NOT NULL,
    highest_c        double precision NOT NULL,
    note             text,
    recorded_at      timestamptz NOT NULL,
    recorded_by      text NOT NULL,
    CHECK (lowest_c <= highest_c)
);
CREATE INDEX excursions_by_facility ON excursions (facility_id, id);

-- Each lot looked at, with what was known then; hold_id is null for a lot the excursion spared.
CREATE TABLE excursion_lots (
    excursion_id  uuid NOT NULL REFERENCES excursions (id),
    lot_id        uuid NOT NULL,
    lot_number    text NOT NULL,
    product_id    uuid NOT NULL,
    doses_on_hand bigint NOT NULL,
    storage_min_c double precision NOT NULL,
    storage_max_c double precision NOT NULL,
    hold_id       uuid UNIQUE,
    PRIMARY KEY (excursion_id, lot_id)
);

-- A held lot is assessed once: the key says so.
CREATE TABLE excursion_assessments (
    excursion_id       uuid NOT NULL,
    lot_id             uuid NOT NULL,
    outcome            text NOT NULL CHECK (outcome IN ('RELEASED', 'DISCARDED')),
    note               text NOT NULL,
    doses_discarded    bigint NOT NULL CHECK (doses_discarded >= 0),
    wastage_request_id uuid,
    assessed_at        timestamptz NOT NULL,
    assessed_by        text NOT NULL,
    PRIMARY KEY (excursion_id, lot_id),
    FOREIGN KEY (excursion_id, lot_id) REFERENCES excursion_lots (excursion_id, lot_id)
);

-- vaxline_refuse_ledger_change() comes from V3.
CREATE TRIGGER excursions_append_only BEFORE UPDATE OR DELETE ON excursions
    FOR EACH ROW EXECUTE FUNCTION vaxline_refuse_ledger_change();
CREATE TRIGGER excursion_lots_append_only BEFORE UPDATE OR DELETE ON excursion_lots
    FOR EACH ROW EXECUTE FUNCTION vaxline_refuse_ledger_change();
CREATE TRIGGER excursion_assessments_append_only BEFORE UPDATE OR DELETE ON excursion_assessments
    FOR EACH ROW EXECUTE FUNCTION vaxline_refuse_ledger_change();
