-- Use per province, product and day, kept from stock_daily_use by triggers in the same statement as each change of it:
-- the national stock view sums a window of days per province, which read stock_daily_use's rows of every site and
-- lot for each day (300,000 index entries at a million people, at every call); this holds 34 provinces a day.
-- A facility without a province (a national store) counts under '' (NULL cannot be part of a key).
CREATE TABLE stock_province_daily_use (
    day           TEXT NOT NULL,
    province_code TEXT NOT NULL,
    product_id    TEXT NOT NULL,
    used          bigint NOT NULL,
    PRIMARY KEY (day, province_code, product_id)
);

INSERT INTO stock_province_daily_use (day, province_code, product_id, used)
SELECT day, COALESCE(province_code, ''), product_id, SUM(used) FROM stock_daily_use
GROUP BY day, COALESCE(province_code, ''), product_id;

CREATE TRIGGER stock_daily_use_per_province_insert AFTER INSERT ON stock_daily_use WHEN NEW.used <> 0
BEGIN
    INSERT INTO stock_province_daily_use (day, province_code, product_id, used)
    VALUES (NEW.day, COALESCE(NEW.province_code, ''), NEW.product_id, NEW.used)
    ON CONFLICT (day, province_code, product_id) DO UPDATE SET used = used + excluded.used;
END;

CREATE TRIGGER stock_daily_use_per_province_update AFTER UPDATE OF used ON stock_daily_use WHEN NEW.used <> OLD.used
BEGIN
    INSERT INTO stock_province_daily_use (day, province_code, product_id, used)
    VALUES (NEW.day, COALESCE(NEW.province_code, ''), NEW.product_id, NEW.used - OLD.used)
    ON CONFLICT (day, province_code, product_id) DO UPDATE SET used = used + excluded.used;
END;

CREATE TRIGGER stock_daily_use_per_province_delete AFTER DELETE ON stock_daily_use WHEN OLD.used <> 0
BEGIN
    UPDATE stock_province_daily_use SET used = used - OLD.used
    WHERE day = OLD.day AND province_code = COALESCE(OLD.province_code, '') AND product_id = OLD.product_id;
END;
