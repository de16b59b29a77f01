-- On hand per province and lot, kept from stock_balances by triggers in the same statement as each change of it:
-- the national stock view grouped the balances of every site and lot at every call (10,000 rows at a million
-- people); this holds a row per province and lot. facilities counts the province's balances of the lot above zero.
-- A facility without a province (a national store) counts under '' (NULL cannot be part of a key).
CREATE TABLE stock_province_balances (
    province_code TEXT    NOT NULL,
    lot_id        TEXT    NOT NULL,
    product_id    TEXT    NOT NULL,
    quantity      bigint  NOT NULL,
    facilities    integer NOT NULL,
    PRIMARY KEY (province_code, lot_id)
);

INSERT INTO stock_province_balances (province_code, lot_id, product_id, quantity, facilities)
SELECT COALESCE(province_code, ''), lot_id, product_id, SUM(quantity), SUM(quantity > 0) FROM stock_balances
GROUP BY COALESCE(province_code, ''), lot_id, product_id;

CREATE TRIGGER stock_balances_per_province_insert AFTER INSERT ON stock_balances
BEGIN
    INSERT INTO stock_province_balances (province_code, lot_id, product_id, quantity, facilities)
    VALUES (COALESCE(NEW.province_code, ''), NEW.lot_id, NEW.product_id, NEW.quantity, NEW.quantity > 0)
    ON CONFLICT (province_code, lot_id) DO UPDATE SET quantity = quantity + excluded.quantity,
                                                      facilities = facilities + excluded.facilities;
END;

CREATE TRIGGER stock_balances_per_province_update AFTER UPDATE OF quantity ON stock_balances WHEN NEW.quantity <> OLD.quantity
BEGIN
    INSERT INTO stock_province_balances (province_code, lot_id, product_id, quantity, facilities)
    VALUES (COALESCE(NEW.province_code, ''), NEW.lot_id, NEW.product_id, NEW.quantity - OLD.quantity,
            (NEW.quantity > 0) - (OLD.quantity > 0))
    ON CONFLICT (province_code, lot_id) DO UPDATE SET quantity = quantity + excluded.quantity,
                                                      facilities = facilities + excluded.facilities;
END;

CREATE TRIGGER stock_balances_per_province_delete AFTER DELETE ON stock_balances
BEGIN
    UPDATE stock_province_balances SET quantity = quantity - OLD.quantity, facilities = facilities - (OLD.quantity > 0)
    WHERE province_code = COALESCE(OLD.province_code, '') AND lot_id = OLD.lot_id;
END;
