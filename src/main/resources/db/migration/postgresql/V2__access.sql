-- Users and their bearer tokens. Tokens are kept only as SHA-256 hashes; nothing here is ever deleted:
-- a user is disabled and a token revoked, naming who did it and when.
CREATE TABLE access_user (
    id            uuid PRIMARY KEY,
    username      text NOT NULL CHECK (length(username) BETWEEN 3 AND 64),
    role          text NOT NULL CHECK (role IN ('NATIONAL_ADMIN', 'PROVINCE_MANAGER', 'SITE_VACCINATOR', 'AUDITOR')),
    facility_id   uuid,
    province_code text,
    created_at    timestamptz NOT NULL,
    created_by    text NOT NULL,
    disabled_at   timestamptz,
    disabled_by   text,
    CHECK ((disabled_at IS NULL) = (disabled_by IS NULL))
);
-- Names are unique regardless of case, so 'Admin' cannot pose as 'admin'.
CREATE UNIQUE INDEX access_user_username ON access_user (lower(username));

CREATE TABLE access_token (
    id          uuid PRIMARY KEY,
    user_id     uuid NOT NULL REFERENCES access_user (id),
    token_hash  text NOT NULL CHECK (length(token_hash) = 64),
    label       text,
    created_at  timestamptz NOT NULL,
    created_by  text NOT NULL,
    revoked_at  timestamptz,
    revoked_by  text,
    CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))
);
-- Every authenticated request looks its token up by hash.
CREATE UNIQUE INDEX access_token_hash ON access_token (token_hash);
CREATE INDEX access_token_user ON access_token (user_id);
