-- Coverage per series, province, commune and milestone over all days, priority groups and age bands: a roll-up of
-- coverage_counts moved in the same transaction as each of its cells, so that the whole-period reports by province and
-- by commune (the national and provincial pages, GET /coverage without a period) read a few rows per commune instead
-- of grouping the whole cube, which grows with every day of the campaign (issue 13). Filled from the cube as it stands.
CREATE TABLE coverage_totals (
    series_code    text NOT NULL,
    province_code  text NOT NULL,
    commune        text NOT NULL,
    metric         text NOT NULL CHECK (metric IN ('FIRST_DOSE', 'SECOND_DOSE', 'COMPLETE_SERIES', 'BOOSTER')),
    people         bigint NOT NULL CHECK (people >= 0),
    PRIMARY KEY (series_code, province_code, commune, metric)
);
INSERT INTO coverage_totals (series_code, province_code, commune, metric, people)
SELECT series_code, province_code, commune, metric, SUM(people) FROM coverage_counts
GROUP BY series_code, province_code, commune, metric HAVING SUM(people) > 0;
