-- Failed web sign-ins in a row, per user name, so that the slowing of password guessing survives a restart. The name
-- is kept only as a SHA-256 hash of its lower case: guessed names are not personal data to store. The last failure is
-- epoch milliseconds, compared as a number on both stores. Rows older than the longest wait are deleted as new
-- failures arrive, so the table stays as small as the guessing currently going on.
CREATE TABLE access_sign_in_failure (
    name_hash       text PRIMARY KEY CHECK (length(name_hash) = 64),
    failures        integer NOT NULL CHECK (failures >= 1),
    last_failed_ms  bigint NOT NULL
);

CREATE INDEX access_sign_in_failure_by_age ON access_sign_in_failure (last_failed_ms);
