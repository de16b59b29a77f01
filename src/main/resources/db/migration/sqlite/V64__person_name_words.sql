-- The name search's whole-word rank through an index of words, not trigrams (issue 13). Through person_names'
-- padded trigrams (V31) " an " was the phrase of two of the commonest trigrams of Vietnamese names, so a search whose
-- words stand whole in few names walked most of the table. Here each word is one token (unicode61), and a search's
-- words are intersected by their rowid lists, which skip ahead: the rarest word bounds the work. Contentless, keyed
-- by the persons row's rowid and kept by triggers, as person_names is (a merge changes no name, and a person is never
-- deleted). person_names stays for the contained-words rank; its padded column is no longer read.
CREATE VIRTUAL TABLE person_words USING fts5(normalized_name, content = '', contentless_delete = 1, tokenize = 'unicode61');
INSERT INTO person_words (rowid, normalized_name) SELECT rowid, normalized_name FROM persons;

CREATE TRIGGER person_words_on_insert AFTER INSERT ON persons
BEGIN
    INSERT INTO person_words (rowid, normalized_name) VALUES (new.rowid, new.normalized_name);
END;
CREATE TRIGGER person_words_on_correction AFTER UPDATE OF normalized_name ON persons
WHEN new.normalized_name IS NOT old.normalized_name
BEGIN
    DELETE FROM person_words WHERE rowid = old.rowid;
    INSERT INTO person_words (rowid, normalized_name) VALUES (new.rowid, new.normalized_name);
END;
