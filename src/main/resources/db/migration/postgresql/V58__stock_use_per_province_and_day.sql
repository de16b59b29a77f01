-- Use per province, product and day, kept from stock_daily_use by a trigger in the same statement as each change of it:
-- the national stock view sums a window of days per province, which read stock_daily_use's rows of every site and
-- lot for each day (300,000 index entries at a million people, at every call); this holds 34 provinces a day.
-- A facility without a province (a national store) counts under '' (NULL cannot be part of a key).
CREATE TABLE stock_province_daily_use (
    day           date   NOT NULL,
    province_code text   NOT NULL,
    product_id    uuid   NOT NULL,
    used          bigint NOT NULL,
    PRIMARY KEY (day, province_code, product_id)
);

INSERT INTO stock_province_daily_use (day, province_code, product_id, used)
SELECT day, COALESCE(province_code, ''), product_id, SUM(used) FROM stock_daily_use
GROUP BY day, COALESCE(province_code, ''), product_id;

CREATE FUNCTION stock_daily_use_per_province() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    change bigint;
    r      stock_daily_use%ROWTYPE;
BEGIN
    IF TG_OP = 'DELETE' THEN
        change := -OLD.used;
        r := OLD;
    ELSIF TG_OP = 'UPDATE' THEN
        change := NEW.used - OLD.used;
        r := NEW;
    ELSE
        change := NEW.used;
        r := NEW;
    END IF;
    IF change <> 0 THEN
        INSERT INTO stock_province_daily_use (day, province_code, product_id, used)
        VALUES (r.day, COALESCE(r.province_code, ''), r.product_id, change)
        ON CONFLICT (day, province_code, product_id) DO UPDATE SET used = stock_province_daily_use.used + excluded.used;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER stock_daily_use_per_province AFTER INSERT OR UPDATE OF used OR DELETE ON stock_daily_use
    FOR EACH ROW EXECUTE FUNCTION stock_daily_use_per_province();
