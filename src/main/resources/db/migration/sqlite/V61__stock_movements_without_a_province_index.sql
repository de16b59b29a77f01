-- Every dose appends a stock movement, and each index on stock_movements is written with it (issue 13). No query
-- looks movements up by province: the one that filters them by period (doses wasted per province and product) reads
-- wastage and its reversals only, a few rows against the doses' issues, so it gets an index of those rows alone.
DROP INDEX stock_movements_by_province;
CREATE INDEX stock_movements_wastage ON stock_movements (occurred_on, province_code) WHERE type IN ('WASTAGE', 'REVERSAL');
