-- Coverage: people who reached each milestone of a series (first, second, complete, booster), per day, province,
-- commune, priority group and age band. A projection of the dose registry, moved with each dose and rebuilt by recount.
CREATE TABLE coverage_counts (
    series_code    text NOT NULL,
    province_code  text NOT NULL,
    commune        text NOT NULL,
    priority_group text NOT NULL,
    age_band       text NOT NULL,
    day            date NOT NULL,
    metric         text NOT NULL CHECK (metric IN ('FIRST_DOSE', 'SECOND_DOSE', 'COMPLETE_SERIES', 'BOOSTER')),
    people         bigint NOT NULL CHECK (people > 0),
    PRIMARY KEY (series_code, province_code, commune, priority_group, age_band, day, metric)
);
CREATE INDEX coverage_by_day ON coverage_counts (series_code, day);
