-- How many rows every import has taken so far, per kind of file (persons, doses) and outcome: imported (written),
-- unchanged (written before: a re-run, or the person was already registered) and refused (reported, not written).
-- `vaxline import` runs in its own process; it adds to these after each batch, and the server's /metrics reads them,
-- so the counts survive restarts and include every importing process.
CREATE TABLE import_row_counts (
    kind      text PRIMARY KEY,
    imported  bigint NOT NULL DEFAULT 0 CHECK (imported >= 0),
    unchanged bigint NOT NULL DEFAULT 0 CHECK (unchanged >= 0),
    refused   bigint NOT NULL DEFAULT 0 CHECK (refused >= 0)
);
