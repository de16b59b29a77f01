-- Shipments received at a store against an agreement's commitment. Both tables are written once, in the transaction
-- that also registers the lots, records the delivery and the stock receipts; a mistake is reversed, never edited.

CREATE TABLE shipments (
    id            TEXT PRIMARY KEY,
    agreement_id  TEXT NOT NULL REFERENCES agreements (id),
    commitment_id TEXT NOT NULL REFERENCES commitments (id),
    facility_id   TEXT NOT NULL,
    arrived_on    TEXT NOT NULL,
    reference     TEXT NOT NULL,
    over_delivery INTEGER NOT NULL,
    total_doses   INTEGER NOT NULL CHECK (total_doses > 0),
    delivery_id   TEXT NOT NULL UNIQUE REFERENCES deliveries (id),
    recorded_at   TEXT NOT NULL,
    recorded_by   TEXT NOT NULL
);
CREATE INDEX shipments_by_agreement ON shipments (agreement_id, id);

-- One line per lot, in the order the shipment listed them.
CREATE TABLE shipment_lots (
    shipment_id      TEXT NOT NULL REFERENCES shipments (id),
    line             INTEGER NOT NULL,
    lot_id           TEXT NOT NULL REFERENCES lots (id),
    lot_number       TEXT NOT NULL,
    gtin             TEXT NOT NULL,
    manufactured_on  TEXT NOT NULL,
    expires_on       TEXT NOT NULL,
    doses            INTEGER NOT NULL CHECK (doses > 0),
    vials            INTEGER NOT NULL CHECK (vials > 0),
    stock_request_id TEXT NOT NULL UNIQUE,
    PRIMARY KEY (shipment_id, line)
);
CREATE INDEX shipment_lots_by_lot ON shipment_lots (lot_id);

CREATE TRIGGER shipments_append_only_update BEFORE UPDATE ON shipments
BEGIN SELECT RAISE(ABORT, 'shipments is an append-only ledger'); END;
CREATE TRIGGER shipments_append_only_delete BEFORE DELETE ON shipments
BEGIN SELECT RAISE(ABORT, 'shipments is an append-only ledger'); END;
CREATE TRIGGER shipment_lots_append_only_update BEFORE UPDATE ON shipment_lots
BEGIN SELECT RAISE(ABORT, 'shipment_lots is an append-only ledger'); END;
CREATE TRIGGER shipment_lots_append_only_delete BEFORE DELETE ON shipment_lots
BEGIN SELECT RAISE(ABORT, 'shipment_lots is an append-only ledger'); END;
