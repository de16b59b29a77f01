-- Target populations for coverage, per province and priority group ('ALL' for the whole province), set by a manager:
-- the value, who set it and when. Setting it again replaces the value and names the new setter.
CREATE TABLE coverage_target (
    province_code  text NOT NULL,
    group_code     text NOT NULL CHECK (length(group_code) BETWEEN 1 AND 40),
    population     INTEGER NOT NULL CHECK (population BETWEEN 0 AND 200000000),
    set_at         TEXT NOT NULL,
    set_by         text NOT NULL,
    PRIMARY KEY (province_code, group_code)
);
