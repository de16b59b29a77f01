-- Name search through an index instead of LIKE '%word%' over every person: an FTS5 trigram index of the names as
-- folded in Java (lower case, no diacritics: PersonName.normalize), so "van an" finds "nguyen van an" by the
-- index. Contentless (the names already live in persons) and keyed by the persons row's rowid; triggers keep it in
-- step with registrations and corrections (a merge changes no name, and a person is never deleted).
-- If persons' rowids ever change (a VACUUM may renumber a table without an INTEGER PRIMARY KEY), rebuild it:
-- DELETE FROM person_names; then the INSERT … SELECT below.
-- padded_name is the name between two spaces, so that a whole word is a phrase (" an " is three characters, a trigram,
-- even for a two-letter word): it finds names holding every word whole without reading the rows that merely contain them.
CREATE VIRTUAL TABLE person_names USING fts5(normalized_name, padded_name, content = '', contentless_delete = 1,
    tokenize = 'trigram');
INSERT INTO person_names (rowid, normalized_name, padded_name)
SELECT rowid, normalized_name, ' ' || normalized_name || ' ' FROM persons;

CREATE TRIGGER person_names_on_insert AFTER INSERT ON persons
BEGIN
    INSERT INTO person_names (rowid, normalized_name, padded_name)
    VALUES (new.rowid, new.normalized_name, ' ' || new.normalized_name || ' ');
END;
CREATE TRIGGER person_names_on_correction AFTER UPDATE OF normalized_name ON persons
WHEN new.normalized_name IS NOT old.normalized_name
BEGIN
    DELETE FROM person_names WHERE rowid = old.rowid;
    INSERT INTO person_names (rowid, normalized_name, padded_name)
    VALUES (new.rowid, new.normalized_name, ' ' || new.normalized_name || ' ');
END;
