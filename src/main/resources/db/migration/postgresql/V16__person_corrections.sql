-- Corrections of a person's record (issue 7): append-only entries with a reason, who and when; the persons row is the
-- projection of the registration and its corrections, moved in the same transaction as each entry.

-- How many corrections the row carries (the next entry's number) and the last one's time and author.
ALTER TABLE persons ADD COLUMN corrections integer NOT NULL DEFAULT 0;
ALTER TABLE persons ADD COLUMN corrected_at timestamptz;
ALTER TABLE persons ADD COLUMN corrected_by text;

-- One entry per correction; number counts a person's corrections from 1, so two that both read the same state
-- cannot both be written (the unique key), whichever store runs them.
CREATE TABLE person_corrections (
    id            uuid PRIMARY KEY,
    person_id     uuid NOT NULL REFERENCES persons (id),
    number        integer NOT NULL CHECK (number >= 1),
    reason        text NOT NULL,
    province_code text NOT NULL,
    recorded_at   timestamptz NOT NULL,
    recorded_by   text NOT NULL,
    UNIQUE (person_id, number)
);

-- Every field the correction named, with its value before and after (equal when it named the value already held).
CREATE TABLE person_correction_fields (
    correction_id uuid NOT NULL REFERENCES person_corrections (id),
    field         text NOT NULL,
    before_value  text,
    after_value   text,
    PRIMARY KEY (correction_id, field)
);

CREATE TRIGGER person_corrections_append_only BEFORE UPDATE OR DELETE ON person_corrections
    FOR EACH ROW EXECUTE FUNCTION vaxline_refuse_ledger_change();
CREATE TRIGGER person_correction_fields_append_only BEFORE UPDATE OR DELETE ON person_correction_fields
    FOR EACH ROW EXECUTE FUNCTION vaxline_refuse_ledger_change();

-- Why a record outside the reader's province was read: the reader's own words, or a fixed code.
ALTER TABLE person_reads ADD COLUMN reason text;
