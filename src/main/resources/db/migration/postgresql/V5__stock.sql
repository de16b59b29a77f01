-- The stock ledger: append-only movements of doses of one lot at one facility; stock_balances is its projection.

CREATE TABLE stock_movements (
    id                      uuid PRIMARY KEY,
    request_id              uuid NOT NULL,
    type                    text NOT NULL CHECK (type IN ('RECEIPT', 'ISSUE', 'TRANSFER_OUT', 'TRANSFER_IN', 'ADJUSTMENT',
                                                          'WASTAGE', 'EXPIRY', 'RECALL', 'RETURN', 'REVERSAL')),
    facility_id             uuid NOT NULL,
    province_code           text,
    lot_id                  uuid NOT NULL,
    product_id              uuid NOT NULL,
    quantity                bigint NOT NULL CHECK (quantity <> 0 OR type = 'TRANSFER_IN'),
    occurred_on             date NOT NULL,
    reason                  text,
    reference               text,
    transfer_id             uuid,
    counterpart_facility_id uuid,
    reverses_id             uuid UNIQUE REFERENCES stock_movements (id),
    recorded_at             timestamptz NOT NULL,
    recorded_by             text NOT NULL
);
CREATE INDEX stock_movements_by_request ON stock_movements (request_id);
CREATE INDEX stock_movements_by_facility ON stock_movements (facility_id, occurred_on);
CREATE INDEX stock_movements_by_lot ON stock_movements (lot_id);
CREATE INDEX stock_movements_by_province ON stock_movements (province_code, occurred_on);
CREATE INDEX stock_movements_by_transfer ON stock_movements (transfer_id);
-- A transfer is received once (a lot of which nothing arrived is received with quantity 0).
CREATE UNIQUE INDEX stock_transfer_received_once ON stock_movements (transfer_id, lot_id) WHERE type = 'TRANSFER_IN';

CREATE TABLE stock_balances (
    facility_id   uuid NOT NULL,
    lot_id        uuid NOT NULL,
    product_id    uuid NOT NULL,
    province_code text,
    quantity      bigint NOT NULL CHECK (quantity >= 0),
    PRIMARY KEY (facility_id, lot_id)
);
CREATE INDEX stock_balances_by_product ON stock_balances (product_id, facility_id);
CREATE INDEX stock_balances_by_province ON stock_balances (province_code);

CREATE TRIGGER stock_movements_append_only BEFORE UPDATE OR DELETE ON stock_movements
    FOR EACH ROW EXECUTE FUNCTION vaxline_refuse_ledger_change();
