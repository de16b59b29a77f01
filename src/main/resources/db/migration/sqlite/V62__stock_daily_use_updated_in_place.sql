-- Each batch of doses adds to its site's, lot's and day's use: the same row, all day long. Its column "used" was a key
-- of stock_daily_use_by_day (V49), so each batch also moved the row's entry in that index. No query reads "used" from
-- the index (the window's sum groups by facility and reads the row), so the key loses it (PostgreSQL's V62 says why
-- it mattered most there).
DROP INDEX stock_daily_use_by_day;
CREATE INDEX stock_daily_use_by_day ON stock_daily_use (day, province_code, product_id);
