-- A person's death (issue 11): one append-only entry per person (a person dies once), with who recorded it and when.
-- A deceased person is no longer due: due lists, reminders and the site pack leave them out; doses given before the
-- day still count, and one given after it is refused. persons.died_on is the entry's projection, moved in the same
-- transaction, so every read of a person (and the lock a dose decides under) has it without another statement.

CREATE TABLE person_deaths (
    person_id   TEXT PRIMARY KEY REFERENCES persons (id),
    died_on     TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    recorded_by text NOT NULL
);

ALTER TABLE persons ADD COLUMN died_on TEXT;

CREATE TRIGGER person_deaths_append_only_update BEFORE UPDATE ON person_deaths
BEGIN SELECT RAISE(ABORT, 'person_deaths is an append-only ledger'); END;
CREATE TRIGGER person_deaths_append_only_delete BEFORE DELETE ON person_deaths
BEGIN SELECT RAISE(ABORT, 'person_deaths is an append-only ledger'); END;
