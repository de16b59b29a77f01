-- Master data: partners, products (with regimen, codes, GTINs as child rows), commodities, provinces, facilities.
CREATE TABLE partner (
    id           uuid PRIMARY KEY,
    code         text NOT NULL UNIQUE,
    name         text NOT NULL,
    kind         text NOT NULL,
    country_code text
);

CREATE TABLE product (
    id                uuid PRIMARY KEY,
    code              text NOT NULL UNIQUE,
    name              text NOT NULL,
    maker_id          uuid NOT NULL REFERENCES partner (id),
    form              text NOT NULL,
    dose_volume_ml    double precision NOT NULL,
    doses_per_vial    integer NOT NULL,
    storage_min_c     double precision NOT NULL,
    storage_max_c     double precision NOT NULL,
    shelf_life_months integer NOT NULL,
    open_vial_kind    text NOT NULL,
    open_vial_hours   integer,
    note              text
);

CREATE TABLE product_dose (
    product_id                uuid NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    dose_number               integer NOT NULL,
    min_interval_days         integer NOT NULL,
    recommended_interval_days integer NOT NULL,
    PRIMARY KEY (product_id, dose_number)
);

CREATE TABLE product_code (
    product_id uuid NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    position   integer NOT NULL,
    system     text NOT NULL,
    code       text NOT NULL,
    PRIMARY KEY (product_id, system)
);

CREATE TABLE product_gtin (
    gtin       text PRIMARY KEY,
    product_id uuid NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    position   integer NOT NULL
);
CREATE INDEX product_gtin_product ON product_gtin (product_id);

CREATE TABLE commodity (
    id   uuid PRIMARY KEY,
    code text NOT NULL UNIQUE,
    name text NOT NULL,
    unit text NOT NULL
);

CREATE TABLE province (
    code                    text PRIMARY KEY,
    name                    text NOT NULL,
    kind                    text NOT NULL,
    population              bigint NOT NULL,
    population_note         text,
    regional_institute_code text
);

CREATE TABLE province_old_code (
    old_code      text PRIMARY KEY,
    province_code text NOT NULL REFERENCES province (code) ON DELETE CASCADE,
    position      integer NOT NULL
);
CREATE INDEX province_old_code_province ON province_old_code (province_code);

CREATE TABLE facility (
    id            uuid PRIMARY KEY,
    code          text NOT NULL UNIQUE,
    name          text NOT NULL,
    type          text NOT NULL,
    parent_id     uuid REFERENCES facility (id),
    province_code text REFERENCES province (code),
    note          text
);
CREATE INDEX facility_parent ON facility (parent_id, code);
CREATE INDEX facility_province ON facility (province_code, code);
CREATE INDEX facility_type ON facility (type, code);
