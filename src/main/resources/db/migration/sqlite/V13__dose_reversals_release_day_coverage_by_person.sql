-- A dose recorded in error (wrong person, wrong lot) is reversed by an entry of its own, at most once; its dose stays
-- in the ledger. The stock it took returns to the site through a reversal in the stock ledger (stock_request_id).
CREATE TABLE dose_reversals (
    id                TEXT PRIMARY KEY,
    dose_id           TEXT NOT NULL UNIQUE REFERENCES doses (id),
    reason            text NOT NULL,
    stock_request_id  TEXT NOT NULL,
    province_code     text,
    recorded_at       TEXT NOT NULL,
    recorded_by       text NOT NULL
);
CREATE TRIGGER dose_reversals_append_only_update BEFORE UPDATE ON dose_reversals
BEGIN SELECT RAISE(ABORT, 'dose_reversals is an append-only ledger'); END;
CREATE TRIGGER dose_reversals_append_only_delete BEFORE DELETE ON dose_reversals
BEGIN SELECT RAISE(ABORT, 'dose_reversals is an append-only ledger'); END;

-- The milestones each person (by surviving identity) has reached: what the coverage cube counts, kept per person so
-- that a merge, a correction or a reversed dose moves the cube by what changed for that person, and no more.
CREATE TABLE coverage_milestones (
    person_id      TEXT NOT NULL,
    series_code    text NOT NULL,
    metric         text NOT NULL CHECK (metric IN ('FIRST_DOSE', 'SECOND_DOSE', 'COMPLETE_SERIES', 'BOOSTER')),
    day            TEXT NOT NULL,
    province_code  text NOT NULL,
    commune        text NOT NULL,
    priority_group text NOT NULL,
    age_band       text NOT NULL,
    PRIMARY KEY (person_id, series_code, metric)
);

-- A cell may fall to zero people while a person's milestones move; the store deletes it then. SQLite cannot change a
-- CHECK in place, so the projection's table is made anew with its rows.
CREATE TABLE coverage_counts_new (
    series_code    text NOT NULL,
    province_code  text NOT NULL,
    commune        text NOT NULL,
    priority_group text NOT NULL,
    age_band       text NOT NULL,
    day            TEXT NOT NULL,
    metric         text NOT NULL CHECK (metric IN ('FIRST_DOSE', 'SECOND_DOSE', 'COMPLETE_SERIES', 'BOOSTER')),
    people         INTEGER NOT NULL CHECK (people >= 0),
    PRIMARY KEY (series_code, province_code, commune, priority_group, age_band, day, metric)
);
INSERT INTO coverage_counts_new SELECT * FROM coverage_counts;
DROP TABLE coverage_counts;
ALTER TABLE coverage_counts_new RENAME TO coverage_counts;
CREATE INDEX coverage_by_day ON coverage_counts (series_code, day);

-- The day a lot was released, so that nothing is recorded as used before it (filled from the decisions already made).
ALTER TABLE lot_state ADD COLUMN released_on TEXT;
UPDATE lot_state SET released_on = (SELECT d.decided_on FROM lot_decisions d
                                    WHERE d.lot_id = lot_state.lot_id AND d.decision = 'RELEASE');
