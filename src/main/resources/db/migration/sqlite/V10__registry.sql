-- The dose registry: series rules (data, keyed by product code), the append-only dose ledger, its schedule
-- projection, open-vial sessions and the reminder outbox.

-- Products sharing a series code complete each other's series; a dose after a complete primary series is a booster
-- once booster_min_interval_days have passed (no booster when null). A product without a rule is its own series.
CREATE TABLE series_rules (
    product_code              text PRIMARY KEY,
    series_code               text NOT NULL,
    booster_min_interval_days INTEGER CHECK (booster_min_interval_days IS NULL OR booster_min_interval_days >= 0),
    updated_at                TEXT NOT NULL,
    updated_by                text NOT NULL
);
INSERT INTO series_rules (product_code, series_code, booster_min_interval_days, updated_at, updated_by)
VALUES ('ABDALA', 'COVID-19', 90, '2021-01-01T00:00:00Z', 'migration');

-- One row per dose given; never updated or deleted. person_id is the surviving record when the dose was recorded.
CREATE TABLE doses (
    id                        TEXT PRIMARY KEY,
    person_id                 TEXT NOT NULL,
    product_id                TEXT NOT NULL,
    lot_id                    TEXT NOT NULL,
    site_id                   TEXT NOT NULL,
    province_code             text,
    given_on                  TEXT NOT NULL,
    dose_number               INTEGER NOT NULL CHECK (dose_number >= 1),
    series_code               text NOT NULL,
    kind                      text NOT NULL CHECK (kind IN ('PRIMARY', 'BOOSTER')),
    session_id                TEXT,
    interval_override_reason  text,
    stock_request_id          TEXT NOT NULL,
    recorded_at               TEXT NOT NULL,
    recorded_by               text NOT NULL
);
CREATE INDEX doses_by_person ON doses (person_id, series_code, given_on);
CREATE INDEX doses_by_lot ON doses (lot_id, given_on);
CREATE INDEX doses_by_site ON doses (site_id, given_on);
CREATE INDEX doses_by_session ON doses (session_id, lot_id);
CREATE INDEX doses_by_province ON doses (province_code, given_on);

-- The next dose of each person and series, derived from doses (rebuildable).
CREATE TABLE person_schedule (
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
    last_site_id      TEXT NOT NULL,
    province_code     text,
    PRIMARY KEY (person_id, series_code)
);
CREATE INDEX person_schedule_by_site ON person_schedule (last_site_id, due_on);
CREATE INDEX person_schedule_by_due ON person_schedule (due_on);

-- Vaccination sessions: opened vials are drawn from by the session's doses; closing wastes what is left.
CREATE TABLE vaccination_sessions (
    id            TEXT PRIMARY KEY,
    site_id       TEXT NOT NULL,
    province_code text,
    session_date  TEXT NOT NULL,
    opened_at     TEXT NOT NULL,
    opened_by     text NOT NULL
);
CREATE INDEX vaccination_sessions_by_site ON vaccination_sessions (site_id, session_date);
CREATE TABLE session_vials (
    id          TEXT PRIMARY KEY,
    session_id  TEXT NOT NULL REFERENCES vaccination_sessions (id),
    lot_id      TEXT NOT NULL,
    vials       INTEGER NOT NULL CHECK (vials > 0),
    opened_at   TEXT NOT NULL,
    opened_by   text NOT NULL
);
CREATE INDEX session_vials_by_session ON session_vials (session_id, lot_id);
CREATE TABLE session_closures (
    session_id  TEXT PRIMARY KEY REFERENCES vaccination_sessions (id),
    closed_at   TEXT NOT NULL,
    closed_by   text NOT NULL
);

-- The reminder outbox: one message per person and dose; a message is sent when it is in reminder_deliveries.
CREATE TABLE reminders (
    id           TEXT PRIMARY KEY,
    person_id    TEXT NOT NULL,
    series_code  text NOT NULL,
    dose_number  INTEGER NOT NULL,
    phone        text,
    text         text NOT NULL,
    created_at   TEXT NOT NULL,
    UNIQUE (person_id, series_code, dose_number)
);
CREATE TABLE reminder_deliveries (
    reminder_id  TEXT PRIMARY KEY REFERENCES reminders (id),
    sender       text NOT NULL,
    sent_at      TEXT NOT NULL
);
CREATE TRIGGER doses_append_only_update BEFORE UPDATE ON doses
BEGIN SELECT RAISE(ABORT, 'doses is an append-only ledger'); END;
CREATE TRIGGER doses_append_only_delete BEFORE DELETE ON doses
BEGIN SELECT RAISE(ABORT, 'doses is an append-only ledger'); END;
CREATE TRIGGER vaccination_sessions_append_only_update BEFORE UPDATE ON vaccination_sessions
BEGIN SELECT RAISE(ABORT, 'vaccination_sessions is an append-only ledger'); END;
CREATE TRIGGER vaccination_sessions_append_only_delete BEFORE DELETE ON vaccination_sessions
BEGIN SELECT RAISE(ABORT, 'vaccination_sessions is an append-only ledger'); END;
CREATE TRIGGER session_vials_append_only_update BEFORE UPDATE ON session_vials
BEGIN SELECT RAISE(ABORT, 'session_vials is an append-only ledger'); END;
CREATE TRIGGER session_vials_append_only_delete BEFORE DELETE ON session_vials
BEGIN SELECT RAISE(ABORT, 'session_vials is an append-only ledger'); END;
CREATE TRIGGER session_closures_append_only_update BEFORE UPDATE ON session_closures
BEGIN SELECT RAISE(ABORT, 'session_closures is an append-only ledger'); END;
CREATE TRIGGER session_closures_append_only_delete BEFORE DELETE ON session_closures
BEGIN SELECT RAISE(ABORT, 'session_closures is an append-only ledger'); END;
CREATE TRIGGER reminders_append_only_update BEFORE UPDATE ON reminders
BEGIN SELECT RAISE(ABORT, 'reminders is an append-only ledger'); END;
CREATE TRIGGER reminders_append_only_delete BEFORE DELETE ON reminders
BEGIN SELECT RAISE(ABORT, 'reminders is an append-only ledger'); END;
CREATE TRIGGER reminder_deliveries_append_only_update BEFORE UPDATE ON reminder_deliveries
BEGIN SELECT RAISE(ABORT, 'reminder_deliveries is an append-only ledger'); END;
CREATE TRIGGER reminder_deliveries_append_only_delete BEFORE DELETE ON reminder_deliveries
BEGIN SELECT RAISE(ABORT, 'reminder_deliveries is an append-only ledger'); END;
