-- Doses given per day for the whole country (GET /api/v1/doses-per-day, the coverage pages) read the latest weeks of
-- the dose ledger by day; doses_by_province (province_code, given_on) serves one province, this serves the country.
CREATE INDEX doses_by_day ON doses (given_on);
