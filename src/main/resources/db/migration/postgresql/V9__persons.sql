-- The person registry: priority groups (data, not code), people, who read whose record (append-only),
-- and merges of duplicates (append-only: nothing is deleted, both histories stay).

CREATE TABLE priority_groups (
    code     text PRIMARY KEY,
    position integer NOT NULL,
    name_vi  text NOT NULL,
    name_en  text NOT NULL
);
INSERT INTO priority_groups (code, position, name_vi, name_en) VALUES
    ('HEALTH_WORKER', 1, 'Người làm việc trong cơ sở y tế', 'Health workers'),
    ('FRONTLINE', 2, 'Lực lượng tuyến đầu phòng, chống dịch', 'Frontline epidemic-control workers'),
    ('ESSENTIAL_SERVICE', 3, 'Người cung cấp dịch vụ thiết yếu', 'Essential service workers'),
    ('TEACHER', 4, 'Giáo viên, người làm việc tại cơ sở giáo dục', 'Teachers and education staff'),
    ('OVER_65', 5, 'Người trên 65 tuổi', 'People over 65'),
    ('CHRONIC_DISEASE', 6, 'Người mắc bệnh mạn tính', 'People with chronic disease'),
    ('PREGNANT', 7, 'Phụ nữ mang thai', 'Pregnant women'),
    ('OUTBREAK_AREA', 8, 'Người sinh sống tại vùng có dịch', 'Residents of outbreak areas'),
    ('GENERAL', 9, 'Người dân khác', 'General population');

CREATE TABLE persons (
    id                    uuid PRIMARY KEY,
    identity_type         text NOT NULL,
    identity_number       text NOT NULL,
    full_name             text NOT NULL,
    normalized_name       text NOT NULL,
    date_of_birth         date NOT NULL,
    sex                   text NOT NULL CHECK (sex IN ('MALE', 'FEMALE', 'OTHER')),
    phone                 text,
    province_code         text NOT NULL REFERENCES province (code),
    commune_id            uuid REFERENCES facility (id),
    priority_group        text NOT NULL REFERENCES priority_groups (code),
    registration_site_id  uuid REFERENCES facility (id),
    recorded_at           timestamptz NOT NULL,
    recorded_by           text NOT NULL,
    UNIQUE (identity_type, identity_number)
);
-- The three ways a person is found: identity number, phone, and the name without diacritics (prefix or contained).
CREATE INDEX persons_by_identity ON persons (identity_number);
CREATE INDEX persons_by_phone ON persons (phone);
CREATE INDEX persons_by_name ON persons (normalized_name text_pattern_ops);
CREATE INDEX persons_by_name_birth ON persons (normalized_name, date_of_birth);
CREATE INDEX persons_by_province ON persons (province_code, id);

CREATE TABLE person_reads (
    id            uuid PRIMARY KEY,
    person_id     uuid NOT NULL REFERENCES persons (id),
    province_code text NOT NULL,
    read_by       text NOT NULL,
    read_at       timestamptz NOT NULL,
    purpose       text NOT NULL
);
CREATE INDEX person_reads_by_person ON person_reads (person_id, id);

-- A person is merged away at most once (duplicate_id is unique), never into itself.
CREATE TABLE person_merges (
    id            uuid PRIMARY KEY,
    survivor_id   uuid NOT NULL REFERENCES persons (id),
    duplicate_id  uuid NOT NULL UNIQUE REFERENCES persons (id),
    reason        text NOT NULL,
    province_code text NOT NULL,
    recorded_at   timestamptz NOT NULL,
    recorded_by   text NOT NULL,
    CHECK (survivor_id <> duplicate_id)
);
CREATE INDEX person_merges_by_survivor ON person_merges (survivor_id);

CREATE TRIGGER person_reads_append_only BEFORE UPDATE OR DELETE ON person_reads
    FOR EACH ROW EXECUTE FUNCTION vaxline_refuse_ledger_change();
CREATE TRIGGER person_merges_append_only BEFORE UPDATE OR DELETE ON person_merges
    FOR EACH ROW EXECUTE FUNCTION vaxline_refuse_ledger_change();
-- A person is never deleted: a duplicate is merged, and its history stays.
CREATE TRIGGER persons_never_deleted BEFORE DELETE ON persons
    FOR EACH ROW EXECUTE FUNCTION vaxline_refuse_ledger_change();
