-- Web sign-in. A user's password is kept only as an Argon2id hash (a PHC string that names its own parameters), with
-- who set it and when; setting a new one replaces it. The language a user reads the web application in is kept with
-- the user. Web sessions are access tokens labelled 'web-session' (hashed like every token, revoked at sign-out).
CREATE TABLE access_password (
    user_id        TEXT PRIMARY KEY REFERENCES access_user (id),
    password_hash  text NOT NULL CHECK (length(password_hash) BETWEEN 20 AND 500),
    set_at         TEXT NOT NULL,
    set_by         text NOT NULL
);

CREATE TABLE access_language (
    user_id   TEXT PRIMARY KEY REFERENCES access_user (id),
    language  text NOT NULL CHECK (language IN ('vi', 'en', 'es')),
    set_at    TEXT NOT NULL
);
