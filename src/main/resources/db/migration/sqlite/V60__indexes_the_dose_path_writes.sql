-- A dose appends a stock movement and a dose row; every index on them is written with it (issue 13).
-- Arrivals of a lot at a facility, for the first day a dose may be given from it (the dose path reads it for each new
-- site and lot): a handful of rows per facility instead of the scan of its issues that stock_movements_by_facility gave.
CREATE INDEX stock_movements_arrivals ON stock_movements (facility_id, lot_id, occurred_on)
    WHERE quantity > 0 AND type <> 'REVERSAL';
-- Transfers and sessions are looked up by their id, never by its absence: the doses and issues that have none (nearly
-- all of them) need no entry.
DROP INDEX stock_movements_by_transfer;
CREATE INDEX stock_movements_by_transfer ON stock_movements (transfer_id) WHERE transfer_id IS NOT NULL;
DROP INDEX doses_by_session;
CREATE INDEX doses_by_session ON doses (session_id, lot_id) WHERE session_id IS NOT NULL;
