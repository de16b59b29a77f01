-- On hand per province and lot, kept from stock_balances by a trigger in the same statement as each change of it:
-- the national stock view grouped the balances of every site and lot at every call (10,000 rows at a million
-- people); this holds a row per province and lot. facilities counts the province's balances of the lot above zero.
-- A facility without a province (a national store) counts under '' (NULL cannot be part of a key).
CREATE TABLE stock_province_balances (
    province_code text    NOT NULL,
    lot_id        uuid    NOT NULL,
    product_id    uuid    NOT NULL,
    quantity      bigint  NOT NULL,
    facilities    integer NOT NULL,
    PRIMARY KEY (province_code, lot_id)
);

INSERT INTO stock_province_balances (province_code, lot_id, product_id, quantity, facilities)
SELECT COALESCE(province_code, ''), lot_id, product_id, SUM(quantity), COUNT(*) FILTER (WHERE quantity > 0)
FROM stock_balances GROUP BY COALESCE(province_code, ''), lot_id, product_id;

CREATE FUNCTION stock_balances_per_province() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    change   bigint;
    holding  integer;
    r        stock_balances%ROWTYPE;
BEGIN
    IF TG_OP = 'DELETE' THEN
        change := -OLD.quantity;
        holding := -(OLD.quantity > 0)::integer;
        r := OLD;
    ELSIF TG_OP = 'UPDATE' THEN
        change := NEW.quantity - OLD.quantity;
        holding := (NEW.quantity > 0)::integer - (OLD.quantity > 0)::integer;
        r := NEW;
    ELSE
        change := NEW.quantity;
        holding := (NEW.quantity > 0)::integer;
        r := NEW;
    END IF;
    IF change <> 0 OR TG_OP = 'INSERT' THEN
        INSERT INTO stock_province_balances (province_code, lot_id, product_id, quantity, facilities)
        VALUES (COALESCE(r.province_code, ''), r.lot_id, r.product_id, change, holding)
        ON CONFLICT (province_code, lot_id) DO UPDATE
            SET quantity = stock_province_balances.quantity + excluded.quantity,
                facilities = stock_province_balances.facilities + excluded.facilities;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER stock_balances_per_province AFTER INSERT OR UPDATE OF quantity OR DELETE ON stock_balances
    FOR EACH ROW EXECUTE FUNCTION stock_balances_per_province();
