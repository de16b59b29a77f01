-- Each batch of doses adds to its site's, lot's and day's use: the same row, all day long. Its column "used" was a key
-- of stock_daily_use_by_day (V49), so PostgreSQL could never update the row in place (a HOT update): each batch wrote
-- a new version into every index, and the old ones piled up until a vacuum (46,000 dead versions of 119 rows after
-- 80 s of online doses, each look-up of the day's row walking them; online doses fell to 436/s). No query reads
-- "used" from that index (the window's sum groups by facility and reads the row), so the key loses it, and the table
-- keeps room on its pages for the new versions.
DROP INDEX stock_daily_use_by_day;
CREATE INDEX stock_daily_use_by_day ON stock_daily_use (day, province_code, product_id);
ALTER TABLE stock_daily_use SET (fillfactor = 70);
