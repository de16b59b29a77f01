-- Every dose writes an entry into each index on doses, and at ten thousand sites an index keyed by site puts each dose
-- of a batch on a page of its own: one more page for every batch to write to the log (issue 13). No query reads doses
-- by site (the ledger is read by id, person, lot, session, province and day; a site's work is read from its stock and
-- its people's schedule), so the index goes.
DROP INDEX doses_by_site;
