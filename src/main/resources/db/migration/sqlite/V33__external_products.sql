-- External products: a vaccine a record names by a code system and code that the catalog lacks (a dose given abroad,
-- a record from before vaxline). Created on import and marked as such; never stocked or given here, so none of a
-- catalog product's facts (maker, regimen, storage) are known. code is its product code in our code space.
CREATE TABLE external_product (
    id          TEXT PRIMARY KEY,
    code        text NOT NULL UNIQUE,
    system      text NOT NULL,
    system_code text NOT NULL,
    display     text,
    created_at  TEXT NOT NULL,
    created_by  text NOT NULL,
    UNIQUE (system, system_code)
);
CREATE TRIGGER external_product_append_only_update BEFORE UPDATE ON external_product
BEGIN SELECT RAISE(ABORT, 'external_product is append-only'); END;
CREATE TRIGGER external_product_append_only_delete BEFORE DELETE ON external_product
BEGIN SELECT RAISE(ABORT, 'external_product is append-only'); END;
