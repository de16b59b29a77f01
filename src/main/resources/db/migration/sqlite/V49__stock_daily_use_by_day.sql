-- The national stock view sums a window of days of use per province and product: an index led by the day, carrying
-- what the sum reads, lets it read only the window's entries (issue 13). It replaces the index by product and day,
-- which no query reads (every read of the use filters by day, and by facility or province), so a dose's stock entry
-- keeps as many indexes to move as before.
DROP INDEX stock_daily_use_by_product;
CREATE INDEX stock_daily_use_by_day ON stock_daily_use (day, province_code, product_id, used);
