-- Users and their bearer tokens. Tokens are kept only as SHA-256 hashes; nothing here is ever deleted:
-- a user is disabled and a token revoked, naming who did it and when.
CREATE TABLE access_user (
    id            TEXT PRIMARY KEY,
    username      TEXT NOT NULL CHECK (length(username) BETWEEN 3 AND 64),
    role          TEXT NOT NULL CHECK (role IN ('NATIONAL_ADMIN', 'PROVINCE_MANAGER', 'SITE_VACCINATOR', 'AUDITOR')),
    facility_id   TEXT,
    province_code TEXT,
    created_at    TEXT NOT NULL,
    created_by    TEXT NOT NULL,
    disabled_at   TEXT,
    disabled_by   TEXT,
    CHECK ((disabled_at IS NULL) = (disabled_by IS NULL))
);
-- Names are unique regardless of case, so 'Admin' cannot pose as 'admin'.
CREATE UNIQUE INDEX access_user_username ON access_user (lower(username));

CREATE TABLE access_token (
    id          TEXT PRIMARY KEY,
    user_id     TEXT NOT NULL REFERENCES access_user (id),
    token_hash  TEXT NOT NULL CHECK (length(token_hash) = 64),
    label       TEXT,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    revoked_at  TEXT,
    revoked_by  TEXT,
    CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))
);
-- Every authenticated request looks its token up by hash.
CREATE UNIQUE INDEX access_token_hash ON access_token (token_hash);
CREATE INDEX access_token_user ON access_token (user_id);
