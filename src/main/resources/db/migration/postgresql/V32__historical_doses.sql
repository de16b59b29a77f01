-- Historical doses (FHIR primarySource false): doses given elsewhere — abroad, or before vaxline — count toward the
-- person's series and schedule but took nothing from our stock, so they have no lot of ours, no site and no stock
-- request. What the source said of them is kept as reported: the lot number and where the dose was given.
ALTER TABLE doses ALTER COLUMN lot_id DROP NOT NULL;
ALTER TABLE doses ALTER COLUMN site_id DROP NOT NULL;
ALTER TABLE doses ALTER COLUMN stock_request_id DROP NOT NULL;
ALTER TABLE doses ADD COLUMN primary_source boolean NOT NULL DEFAULT true;
ALTER TABLE doses ADD COLUMN reported_lot_number text;
ALTER TABLE doses ADD COLUMN given_elsewhere text;
-- a dose we gave always names its lot, site and stock request; only a historical one may not
ALTER TABLE doses ADD CONSTRAINT doses_given_here_from_stock
    CHECK (NOT primary_source OR (lot_id IS NOT NULL AND site_id IS NOT NULL AND stock_request_id IS NOT NULL));
-- a historical dose has nothing to give back to stock when reversed
ALTER TABLE dose_reversals ALTER COLUMN stock_request_id DROP NOT NULL;
-- a person whose doses were all given elsewhere has no last site of ours in their schedule
ALTER TABLE person_schedule ALTER COLUMN last_site_id DROP NOT NULL;
