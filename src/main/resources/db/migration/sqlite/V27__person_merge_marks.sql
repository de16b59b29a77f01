-- Issue 13: whether a person record stands for itself, kept on its own row, so that the statement that locks the
-- person before a dose also says whether it was merged away (merged_into_id) or took others in (merged_from_count).
-- A merge updates both rows, so a dose that waited for the merge's lock reads the new values (PostgreSQL re-reads an
-- updated row it locks), and only a person with merges needs the merge ledger read.
ALTER TABLE persons ADD COLUMN merged_into_id TEXT REFERENCES persons (id);
ALTER TABLE persons ADD COLUMN merged_from_count integer NOT NULL DEFAULT 0;
UPDATE persons SET merged_into_id = (SELECT m.survivor_id FROM person_merges m WHERE m.duplicate_id = persons.id);
UPDATE persons SET merged_from_count = (SELECT COUNT(*) FROM person_merges m WHERE m.survivor_id = persons.id);
