-- The chain's links, leaner: the dose path writes two links per dose, and the (ledger, entry_id) index was a large
-- part of what the chain cost it. Each entry is still chained once: its table's key keeps it unique, and its id is
-- hashed into its link, so a link moved to another entry breaks the chain; `ledger verify` counts the entries against
-- the chain instead of looking each one up.
DO $$
DECLARE
    unique_entry text;
BEGIN
    SELECT conname INTO unique_entry FROM pg_constraint
    WHERE conrelid = 'ledger_links'::regclass AND contype = 'u';
    IF unique_entry IS NOT NULL THEN
        EXECUTE format('ALTER TABLE ledger_links DROP CONSTRAINT %I', unique_entry);
    END IF;
END $$;
