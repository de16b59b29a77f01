-- The stock ledger: append-only movements of doses of one lot at one facility; stock_balances is its projection.

CREATE TABLE stock_movements (
    id                      TEXT PRIMARY KEY,
    request_id              TEXT NOT NULL,
    type                    TEXT NOT NULL CHECK (type IN ('RECEIPT', 'ISSUE', 'TRANSFER_OUT', 'TRANSFER_IN', 'ADJUSTMENT',
                                                          'WASTAGE', 'EXPIRY', 'RECALL', 'RETURN', 'REVERSAL')),
    facility_id             TEXT NOT NULL,
    province_code           TEXT,
    lot_id                  TEXT NOT NULL,
    product_id              TEXT NOT NULL,
    quantity                INTEGER NOT NULL CHECK (quantity <> 0 OR type = 'TRANSFER_IN'),
    occurred_on             TEXT NOT NULL,
    reason                  TEXT,
    reference               TEXT,
    transfer_id             TEXT,
    counterpart_facility_id TEXT,
    reverses_id             TEXT UNIQUE REFERENCES stock_movements (id),
    recorded_at             TEXT NOT NULL,
    recorded_by             TEXT NOT NULL
);
CREATE INDEX stock_movements_by_request ON stock_movements (request_id);
CREATE INDEX stock_movements_by_facility ON stock_movements (facility_id, occurred_on);
CREATE INDEX stock_movements_by_lot ON stock_movements (lot_id);
CREATE INDEX stock_movements_by_province ON stock_movements (province_code, occurred_on);
CREATE INDEX stock_movements_by_transfer ON stock_movements (transfer_id);
-- A transfer is received once (a lot of which nothing arrived is received with quantity 0).
CREATE UNIQUE INDEX stock_transfer_received_once ON stock_movements (transfer_id, lot_id) WHERE type = 'TRANSFER_IN';

CREATE TABLE stock_balances (
    facility_id   TEXT NOT NULL,
    lot_id        TEXT NOT NULL,
    product_id    TEXT NOT NULL,
    province_code TEXT,
    quantity      INTEGER NOT NULL CHECK (quantity >= 0),
    PRIMARY KEY (facility_id, lot_id)
);
CREATE INDEX stock_balances_by_product ON stock_balances (product_id, facility_id);
CREATE INDEX stock_balances_by_province ON stock_balances (province_code);

CREATE TRIGGER stock_movements_append_only_update BEFORE UPDATE ON stock_movements
BEGIN SELECT RAISE(ABORT, 'stock_movements is an append-only ledger'); END;
CREATE TRIGGER stock_movements_append_only_delete BEFORE DELETE ON stock_movements
BEGIN SELECT RAISE(ABORT, 'stock_movements is an append-only ledger'); END;
