-- Historical doses (FHIR primarySource false): doses given elsewhere — abroad, or before vaxline — count toward the
-- person's series and schedule but took nothing from our stock, so they have no lot of ours, no site and no stock
-- request. What the source said of them is kept as reported: the lot number and where the dose was given.
--
-- SQLite cannot drop a NOT NULL in place, so doses is rebuilt; dose_reversals references it and is rebuilt with it
-- (children first, so no foreign key ever points at a missing row). Every index and trigger of both is recreated:
-- a later migration that adds one to doses must live after this one.
CREATE TABLE doses_v42 (
    id                        TEXT PRIMARY KEY,
    person_id                 TEXT NOT NULL,
    product_id                TEXT NOT NULL,
    lot_id                    TEXT,
    site_id                   TEXT,
    province_code             text,
    given_on                  TEXT NOT NULL,
    dose_number               INTEGER NOT NULL CHECK (dose_number >= 1),
    series_code               text NOT NULL,
    kind                      text NOT NULL CHECK (kind IN ('PRIMARY', 'BOOSTER')),
    session_id                TEXT,
    interval_override_reason  text,
    stock_request_id          TEXT,
    recorded_at               TEXT NOT NULL,
    recorded_by               text NOT NULL,
    primary_source            INTEGER NOT NULL DEFAULT 1 CHECK (primary_source IN (0, 1)),
    reported_lot_number       text,
    given_elsewhere           text,
    CONSTRAINT doses_given_here_from_stock
        CHECK (primary_source = 0 OR (lot_id IS NOT NULL AND site_id IS NOT NULL AND stock_request_id IS NOT NULL))
);
INSERT INTO doses_v42 (id, person_id, product_id, lot_id, site_id, province_code, given_on, dose_number, series_code, kind,
                       session_id, interval_override_reason, stock_request_id, recorded_at, recorded_by)
SELECT id, person_id, product_id, lot_id, site_id, province_code, given_on, dose_number, series_code, kind,
       session_id, interval_override_reason, stock_request_id, recorded_at, recorded_by FROM doses;

CREATE TABLE dose_reversals_v42 (
    id                TEXT PRIMARY KEY,
    dose_id           TEXT NOT NULL UNIQUE REFERENCES doses_v42 (id),
    reason            text NOT NULL,
    stock_request_id  TEXT,
    province_code     text,
    recorded_at       TEXT NOT NULL,
    recorded_by       text NOT NULL
);
INSERT INTO dose_reversals_v42 SELECT id, dose_id, reason, stock_request_id, province_code, recorded_at, recorded_by
FROM dose_reversals;

DROP TABLE dose_reversals;
DROP TABLE doses;
ALTER TABLE doses_v42 RENAME TO doses;
ALTER TABLE dose_reversals_v42 RENAME TO dose_reversals;

CREATE INDEX doses_by_person ON doses (person_id, series_code, given_on);
CREATE INDEX doses_by_lot ON doses (lot_id, given_on);
CREATE INDEX doses_by_site ON doses (site_id, given_on);
CREATE INDEX doses_by_session ON doses (session_id, lot_id);
CREATE INDEX doses_by_province ON doses (province_code, given_on);
CREATE TRIGGER doses_append_only_update BEFORE UPDATE ON doses
BEGIN SELECT RAISE(ABORT, 'doses is an append-only ledger'); END;
CREATE TRIGGER doses_append_only_delete BEFORE DELETE ON doses
BEGIN SELECT RAISE(ABORT, 'doses is an append-only ledger'); END;
CREATE TRIGGER dose_reversals_append_only_update BEFORE UPDATE ON dose_reversals
BEGIN SELECT RAISE(ABORT, 'dose_reversals is an append-only ledger'); END;
CREATE TRIGGER dose_reversals_append_only_delete BEFORE DELETE ON dose_reversals
BEGIN SELECT RAISE(ABORT, 'dose_reversals is an append-only ledger'); END;

-- A person whose doses were all given elsewhere has no last site of ours in their schedule. person_schedule is a
-- projection (rebuildable from doses) that nothing references: rebuilt the same way.
CREATE TABLE person_schedule_v42 (
    person_id         TEXT NOT NULL,
    series_code       text NOT NULL,
    doses_given       INTEGER NOT NULL,
    next_dose_number  INTEGER,
    next_kind         text,
    earliest_on       TEXT,
    due_on            TEXT,
    complete          INTEGER NOT NULL,
    last_given_on     TEXT NOT NULL,
    last_product_id   TEXT NOT NULL,
    last_site_id      TEXT,
    province_code     text,
    PRIMARY KEY (person_id, series_code)
);
INSERT INTO person_schedule_v42 SELECT person_id, series_code, doses_given, next_dose_number, next_kind, earliest_on, due_on,
    complete, last_given_on, last_product_id, last_site_id, province_code FROM person_schedule;
DROP TABLE person_schedule;
ALTER TABLE person_schedule_v42 RENAME TO person_schedule;
CREATE INDEX person_schedule_by_site ON person_schedule (last_site_id, due_on);
CREATE INDEX person_schedule_by_due ON person_schedule (due_on);
