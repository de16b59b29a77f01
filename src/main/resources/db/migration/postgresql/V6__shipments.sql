-- Shipments received at a store against an agreement's commitment. Both tables are written once, in the transaction
-- that also registers the lots, records the delivery and the stock receipts; a mistake is reversed, never edited.

CREATE TABLE shipments (
    id            uuid PRIMARY KEY,
    agreement_id  uuid NOT NULL REFERENCES agreements (id),
    commitment_id uuid NOT NULL REFERENCES commitments (id),
    facility_id   uuid NOT NULL,
    arrived_on    date NOT NULL,
    reference     text NOT NULL,
    over_delivery boolean NOT NULL,
    total_doses   bigint NOT NULL CHECK (total_doses > 0),
    delivery_id   uuid NOT NULL UNIQUE REFERENCES deliveries (id),
    recorded_at   timestamptz NOT NULL,
    recorded_by   text NOT NULL
);
CREATE INDEX shipments_by_agreement ON shipments (agreement_id, id);

-- One line per lot, in the order the shipment listed them.
CREATE TABLE shipment_lots (
    shipment_id      uuid NOT NULL REFERENCES shipments (id),
    line             integer NOT NULL,
    lot_id           uuid NOT NULL REFERENCES lots (id),
    lot_number       text NOT NULL,
    gtin             text NOT NULL,
    manufactured_on  date NOT NULL,
    expires_on       date NOT NULL,
    doses            bigint NOT NULL CHECK (doses > 0),
    vials            bigint NOT NULL CHECK (vials > 0),
    stock_request_id uuid NOT NULL UNIQUE,
    PRIMARY KEY (shipment_id, line)
);
CREATE INDEX shipment_lots_by_lot ON shipment_lots (lot_id);

-- vaxline_refuse_ledger_change() comes from V3.
CREATE TRIGGER shipments_append_only BEFORE UPDATE OR DELETE ON shipments
    FOR EACH ROW EXECUTE FUNCTION vaxline_refuse_ledger_change();
CREATE TRIGGER shipment_lots_append_only BEFORE UPDATE OR DELETE ON shipment_lots
    FOR EACH ROW EXECUTE FUNCTION vaxline_refuse_ledger_change();
