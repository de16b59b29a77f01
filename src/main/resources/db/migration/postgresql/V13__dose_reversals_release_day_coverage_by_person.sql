-- A dose recorded in error (wrong person, wrong lot) is reversed by an entry of its own, at most once; its dose stays
-- in the ledger. The stock it took returns to the site through a reversal in the stock ledger (stock_request_id).
CREATE TABLE dose_reversals (
    id                uuid PRIMARY KEY,
    dose_id           uuid NOT NULL UNIQUE REFERENCES doses (id),
    reason            text NOT NULL,
    stock_request_id  uuid NOT NULL,
    province_code     text,
    recorded_at       timestamptz NOT NULL,
    recorded_by       text NOT NULL
);
CREATE TRIGGER dose_reversals_append_only BEFORE UPDATE OR DELETE ON dose_reversals
    FOR EACH ROW EXECUTE FUNCTION vaxline_refuse_ledger_change();

-- The milestones each person (by surviving identity) has reached: what the coverage cube counts, kept per person so
-- that a merge, a correction or a reversed dose moves the cube by what changed for that person, and no more.
CREATE TABLE coverage_milestones (
    person_id      uuid NOT NULL,
    series_code    text NOT NULL,
    metric         text NOT NULL CHECK (metric IN ('FIRST_DOSE', 'SECOND_DOSE', 'COMPLETE_SERIES', 'BOOSTER')),
    day            date NOT NULL,
    province_code  text NOT NULL,
    commune        text NOT NULL,
    priority_group text NOT NULL,
    age_band       text NOT NULL,
    PRIMARY KEY (person_id, series_code, metric)
);

-- A cell may fall to zero people while a person's milestones move; the store deletes it then.
ALTER TABLE coverage_counts DROP CONSTRAINT IF EXISTS coverage_counts_people_check;
ALTER TABLE coverage_counts ADD CONSTRAINT coverage_counts_people_check CHECK (people >= 0);

-- The day a lot was released, so that nothing is recorded as used before it (filled from the decisions already made).
ALTER TABLE lot_state ADD COLUMN released_on date;
UPDATE lot_state SET released_on = (SELECT d.decided_on FROM lot_decisions d
                                    WHERE d.lot_id = lot_state.lot_id AND d.decision = 'RELEASE');
