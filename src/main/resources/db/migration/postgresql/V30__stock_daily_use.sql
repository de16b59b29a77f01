-- Use per facility, lot and day: a projection of the stock ledger moved in the same transaction as each entry, so
-- days of supply sums at most a window's days instead of the whole ledger at every call.
-- used: doses issued or wasted (counted at every level); sent: doses transferred out (counted for the facility only).
CREATE TABLE stock_daily_use (
    facility_id   uuid NOT NULL,
    lot_id        uuid NOT NULL,
    day           date NOT NULL,
    product_id    uuid NOT NULL,
    province_code text,
    used          bigint NOT NULL DEFAULT 0,
    sent          bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (facility_id, lot_id, day)
);
CREATE INDEX stock_daily_use_by_product ON stock_daily_use (product_id, day);
CREATE INDEX stock_daily_use_by_facility ON stock_daily_use (facility_id, product_id, day);
CREATE INDEX stock_daily_use_by_province ON stock_daily_use (province_code, product_id, day);

INSERT INTO stock_daily_use (facility_id, lot_id, day, product_id, province_code, used, sent)
SELECT facility_id, lot_id, occurred_on, product_id, province_code,
       -SUM(CASE WHEN type IN ('ISSUE', 'WASTAGE') THEN quantity ELSE 0 END),
       -SUM(CASE WHEN type = 'TRANSFER_OUT' THEN quantity ELSE 0 END)
FROM stock_movements WHERE type IN ('ISSUE', 'WASTAGE', 'TRANSFER_OUT')
GROUP BY facility_id, lot_id, occurred_on, product_id, province_code;
