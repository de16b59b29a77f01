-- External products: a vaccine a record names by a code system and code that the catalog lacks (a dose given abroad,
-- a record from before vaxline). Created on import and marked as such; never stocked or given here, so none of a
-- catalog product's facts (maker, regimen, storage) are known. code is its product code in our code space.
CREATE TABLE external_product (
    id          uuid PRIMARY KEY,
    code        text NOT NULL UNIQUE,
    system      text NOT NULL,
    system_code text NOT NULL,
    display     text,
    created_at  timestamptz NOT NULL,
    created_by  text NOT NULL,
    UNIQUE (system, system_code)
);
CREATE TRIGGER external_product_append_only BEFORE UPDATE OR DELETE ON external_product
    FOR EACH ROW EXECUTE FUNCTION vaxline_refuse_ledger_change();
