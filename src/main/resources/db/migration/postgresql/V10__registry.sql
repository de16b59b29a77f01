-- The dose registry: series rules (data, keyed by product code), the append-only dose ledger, its schedule
-- projection, open-vial sessions and the reminder outbox.

-- Products sharing a series code complete each other's series; a dose after a complete primary series is a booster
-- once booster_min_interval_days have passed (no booster when null). A product without a rule is its own series.
CREATE TABLE series_rules (
    product_code              text PRIMARY KEY,
    series_code               text NOT NULL,
    booster_min_interval_days integer CHECK (booster_min_interval_days IS NULL OR booster_min_interval_days >= 0),
    updated_at                timestamptz NOT NULL,
    updated_by                text NOT NULL
);
INSERT INTO series_rules (product_code, series_code, booster_min_interval_days, updated_at, updated_by)
VALUES ('ABDALA', 'COVID-19', 90, '2021-01-01T00:00:00Z', 'migration');

-- One row per dose given; never updated or deleted. person_id is the surviving record when the dose was recorded.
CREATE TABLE doses (
    id                        uuid PRIMARY KEY,
    person_id                 uuid NOT NULL,
    product_id                uuid NOT NULL,
    lot_id                    uuid NOT NULL,
    site_id                   uuid NOT NULL,
    province_code             text,
    given_on                  date NOT NULL,
    dose_number               integer NOT NULL CHECK (dose_number >= 1),
    series_code               text NOT NULL,
    kind                      text NOT NULL CHECK (kind IN ('PRIMARY', 'BOOSTER')),
    session_id                uuid,
    interval_override_reason  text,
    stock_request_id          uuid NOT NULL,
    recorded_at               timestamptz NOT NULL,
    recorded_by               text NOT NULL
);
CREATE INDEX doses_by_person ON doses (person_id, series_code, given_on);
CREATE INDEX doses_by_lot ON doses (lot_id, given_on);
CREATE INDEX doses_by_site ON doses (site_id, given_on);
CREATE INDEX doses_by_session ON doses (session_id, lot_id);
CREATE INDEX doses_by_province ON doses (province_code, given_on);

-- The next dose of each person and series, derived from doses (rebuildable).
CREATE TABLE person_schedule (
    person_id         uuid NOT NULL,
    series_code       text NOT NULL,
    doses_given       integer NOT NULL,
    next_dose_number  integer,
    next_kind         text,
    earliest_on       date,
    due_on            date,
    complete          boolean NOT NULL,
    last_given_on     date NOT NULL,
    last_product_id   uuid NOT NULL,
    last_site_id      uuid NOT NULL,
    province_code     text,
    PRIMARY KEY (person_id, series_code)
);
CREATE INDEX person_schedule_by_site ON person_schedule (last_site_id, due_on);
CREATE INDEX person_schedule_by_due ON person_schedule (due_on);

-- Vaccination sessions: opened vials are drawn from by the session's doses; closing wastes what is left.
CREATE TABLE vaccination_sessions (
    id            uuid PRIMARY KEY,
    site_id       uuid NOT NULL,
    province_code text,
    session_date  date NOT NULL,
    opened_at     timestamptz NOT NULL,
    opened_by     text NOT NULL
);
CREATE INDEX vaccination_sessions_by_site ON vaccination_sessions (site_id, session_date);
CREATE TABLE session_vials (
    id          uuid PRIMARY KEY,
    session_id  uuid NOT NULL REFERENCES vaccination_sessions (id),
    lot_id      uuid NOT NULL,
    vials       integer NOT NULL CHECK (vials > 0),
    opened_at   timestamptz NOT NULL,
    opened_by   text NOT NULL
);
CREATE INDEX session_vials_by_session ON session_vials (session_id, lot_id);
CREATE TABLE session_closures (
    session_id  uuid PRIMARY KEY REFERENCES vaccination_sessions (id),
    closed_at   timestamptz NOT NULL,
    closed_by   text NOT NULL
);

-- The reminder outbox: one message per person and dose; a message is sent when it is in reminder_deliveries.
CREATE TABLE reminders (
    id           uuid PRIMARY KEY,
    person_id    uuid NOT NULL,
    series_code  text NOT NULL,
    dose_number  integer NOT NULL,
    phone        text,
    text         text NOT NULL,
    created_at   timestamptz NOT NULL,
    UNIQUE (person_id, series_code, dose_number)
);
CREATE TABLE reminder_deliveries (
    reminder_id  uuid PRIMARY KEY REFERENCES reminders (id),
    sender       text NOT NULL,
    sent_at      timestamptz NOT NULL
);
CREATE TRIGGER doses_append_only BEFORE UPDATE OR DELETE ON doses
    FOR EACH ROW EXECUTE FUNCTION vaxline_refuse_ledger_change();
CREATE TRIGGER vaccination_sessions_append_only BEFORE UPDATE OR DELETE ON vaccination_sessions
    FOR EACH ROW EXECUTE FUNCTION vaxline_refuse_ledger_change();
CREATE TRIGGER session_vials_append_only BEFORE UPDATE OR DELETE ON session_vials
    FOR EACH ROW EXECUTE FUNCTION vaxline_refuse_ledger_change();
CREATE TRIGGER session_closures_append_only BEFORE UPDATE OR DELETE ON session_closures
    FOR EACH ROW EXECUTE FUNCTION vaxline_refuse_ledger_change();
CREATE TRIGGER reminders_append_only BEFORE UPDATE OR DELETE ON reminders
    FOR EACH ROW EXECUTE FUNCTION vaxline_refuse_ledger_change();
CREATE TRIGGER reminder_deliveries_append_only BEFORE UPDATE OR DELETE ON reminder_deliveries
    FOR EACH ROW EXECUTE FUNCTION vaxline_refuse_ledger_change();
