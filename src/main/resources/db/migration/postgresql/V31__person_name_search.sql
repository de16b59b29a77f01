-- Name search through an index instead of a scan of LIKE '%word%': a GIN trigram index (pg_trgm) serves
-- normalized_name LIKE '%word%' for words of three letters or more. The names are folded once, in Java
-- (PersonName.normalize: lower case, no diacritics, đ as d), for both the stored name and the query, so unaccent is
-- not needed: folding both sides by the same code cannot disagree, where unaccent's rules and Java's could.
-- The extension goes in the schema public (or wherever it already is), and the index names its operator class with
-- that schema, so a store in another schema (the tests' per-test schemas) uses the same one.
DO $$
DECLARE
    trgm_schema text;
BEGIN
    -- Asked first rather than IF NOT EXISTS, which logs a notice on every store after the first.
    IF NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
        CREATE EXTENSION pg_trgm SCHEMA public;
    END IF;
    SELECT n.nspname INTO trgm_schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
    WHERE e.extname = 'pg_trgm';
    EXECUTE format('CREATE INDEX persons_by_name_trigrams ON persons USING gin (normalized_name %I.gin_trgm_ops)',
                   trgm_schema);
END
$$;
