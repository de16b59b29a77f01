-- The name search reads each rank on its own, in id order, with a limit (PersonNameSearch), so that a page stops at
-- its last row instead of ranking every match of a common family name:
-- the exact name through (normalized_name, id), which gives its matches already in id order;
-- names holding every word whole through a GIN index of the name's words (the planner's per-word statistics tell a
-- rare combination, read through the index, from a common word, read along the primary key).
CREATE INDEX persons_by_name_then_id ON persons (normalized_name, id);
CREATE INDEX persons_by_name_words ON persons USING gin (string_to_array(normalized_name, ' '));
