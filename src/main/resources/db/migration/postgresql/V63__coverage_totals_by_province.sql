-- A province's page reads its communes' coverage from the roll-up (V48) by province; the primary key leads with the
-- series, so without this the read scanned every commune of the country (issue 13). The people counted are not in the
-- index, so a dose's change to a total leaves it alone.
CREATE INDEX coverage_totals_by_province ON coverage_totals (province_code, commune, metric);
