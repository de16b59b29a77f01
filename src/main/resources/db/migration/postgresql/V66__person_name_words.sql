-- The name search's whole-word rank through a table of words, each word's people in id order (issue 13). The GIN
-- index of V57 answers "every word" as an unordered bitmap: the planner either built it (12 ms for "le thi ngoc vy"
-- at 300,000 people, since "thi" and "le" are in half the names, growing with the registry) or walked people in id
-- order testing each name (45,000 people for the 20 named "dinh … tram"). A b-tree of (word, person) gives each
-- word's people already in id order, so the words are intersected by a merge or by a probe per person of the rarest
-- word, and a page stops at its last person: the work follows the page and the rarest word, not the registry. It is
-- what SQLite's person_words is (V64), kept by a trigger the same way: a person's words change only with a
-- correction of the name, and a person is never deleted (V9). The province rides along for a provincial reader.
CREATE TABLE person_name_words (
    word          text NOT NULL,
    person_id     uuid NOT NULL,
    province_code text NOT NULL,
    PRIMARY KEY (word, person_id) INCLUDE (province_code)
);
INSERT INTO person_name_words (word, person_id, province_code)
SELECT DISTINCT w.word, p.id, p.province_code
FROM persons p, unnest(string_to_array(p.normalized_name, ' ')) AS w (word)
WHERE w.word <> '';

CREATE FUNCTION person_name_words_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF NEW.normalized_name IS NOT DISTINCT FROM OLD.normalized_name
           AND NEW.province_code IS NOT DISTINCT FROM OLD.province_code THEN
            RETURN NULL;
        END IF;
        DELETE FROM person_name_words WHERE person_id = OLD.id AND word = ANY (string_to_array(OLD.normalized_name, ' '));
    END IF;
    INSERT INTO person_name_words (word, person_id, province_code)
    SELECT DISTINCT w.word, NEW.id, NEW.province_code
    FROM unnest(string_to_array(NEW.normalized_name, ' ')) AS w (word)
    WHERE w.word <> '';
    RETURN NULL;
END
$$;

CREATE TRIGGER person_name_words_kept AFTER INSERT OR UPDATE OF normalized_name, province_code ON persons
    FOR EACH ROW EXECUTE FUNCTION person_name_words_kept();

-- the words' GIN index is no longer read: the contained rank tests whole words only to leave them out
DROP INDEX persons_by_name_words;

-- The contained rank's walk for a word too short for a trigram reads people in id order, testing each name: through
-- the primary key each person walked is a heap page of its own (ids are random). These carry the name, so the walk
-- reads index pages alone (about 150 people to a page) and the heap only for the page's own rows.
CREATE INDEX persons_names_by_id ON persons (id) INCLUDE (province_code, normalized_name);
-- a provincial reader's walk: the same, within the province (replaces the plain (province_code, id) of V9)
CREATE INDEX persons_names_by_province ON persons (province_code, id) INCLUDE (normalized_name);
DROP INDEX persons_by_province;
