-- A person's death (issue 11): one append-only entry per person (a person dies once), with who recorded it and when.
-- A deceased person is no longer due: due lists, reminders and the site pack leave them out; doses given before the
-- day still count, and one given after it is refused. persons.died_on is the entry's projection, moved in the same
-- transaction, so every read of a person (and the lock a dose decides under) has it without another statement.

CREATE TABLE person_deaths (
    person_id   uuid PRIMARY KEY REFERENCES persons (id),
    died_on     date NOT NULL,
    recorded_at timestamptz NOT NULL,
    recorded_by text NOT NULL
);

ALTER TABLE persons ADD COLUMN died_on date;

CREATE TRIGGER person_deaths_append_only BEFORE UPDATE OR DELETE ON person_deaths
    FOR EACH ROW EXECUTE FUNCTION vaxline_refuse_ledger_change();
