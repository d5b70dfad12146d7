-- People who log in, and the audit trail of everything they do.

-- A person who logs in. Never deleted (a trigger refuses it): a leaver is disabled, so every
-- audit row still names someone who existed. The password is libsodium's Argon2id string only.
CREATE TABLE app_user (
    id                   INTEGER PRIMARY KEY,
    username             TEXT    NOT NULL UNIQUE
                                 CHECK (username <> '' AND username = lower(trim(username))),
    display_name         TEXT    NOT NULL CHECK (display_name <> ''),
    role                 TEXT    NOT NULL CHECK (role IN ('midwife', 'support_worker', 'health_visitor',
                                                          'team_lead', 'administrator')),
    staff_id             INTEGER REFERENCES staff (id),
    password_hash        TEXT    NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
    must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
    disabled             INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    failed_logins        INTEGER NOT NULL DEFAULT 0 CHECK (failed_logins >= 0),
    last_failed_at       TEXT,
    created_at           TEXT    NOT NULL,
    created_by           TEXT    NOT NULL CHECK (created_by <> '')
);

CREATE TRIGGER app_user_never_deleted BEFORE DELETE ON app_user
BEGIN
    SELECT RAISE(ABORT, 'users are never deleted: disable them instead');
END;

-- The audit trail: append-only (the triggers refuse any change or removal) and hash-chained
-- (each row's hash covers its fields and the hash of the row before). woman_id has no foreign
-- key on purpose: the trail outlives anything it speaks of.
CREATE TABLE audit_event (
    id            INTEGER PRIMARY KEY,
    at            TEXT    NOT NULL,
    username      TEXT    NOT NULL CHECK (username <> ''),
    role          TEXT    NOT NULL,
    workstation   TEXT    NOT NULL,
    event         TEXT    NOT NULL CHECK (event IN ('view', 'create', 'change', 'print', 'export',
                                                     'log_in', 'log_out', 'lock', 'unlock', 'backup')),
    woman_id      INTEGER,
    what          TEXT    NOT NULL,
    outcome       TEXT    NOT NULL CHECK (outcome IN ('done', 'refused', 'failed')),
    changes       TEXT    NOT NULL DEFAULT '{}',
    previous_hash TEXT    NOT NULL,
    hash          TEXT    NOT NULL
);

CREATE TRIGGER audit_event_never_changed BEFORE UPDATE ON audit_event
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;

CREATE TRIGGER audit_event_never_deleted BEFORE DELETE ON audit_event
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;

CREATE INDEX audit_event_by_woman ON audit_event (woman_id, id);
CREATE INDEX audit_event_by_user ON audit_event (username, id);

-- The newest row's id and hash, written in the same transaction as the row: removing the newest
-- rows leaves the anchor pointing past the end. One row only.
CREATE TABLE audit_anchor (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    last_id INTEGER NOT NULL,
    hash    TEXT    NOT NULL
);

CREATE TRIGGER audit_anchor_never_deleted BEFORE DELETE ON audit_anchor
BEGIN
    SELECT RAISE(ABORT, 'the audit anchor is never removed');
END;

INSERT INTO audit_anchor (id, last_id, hash) VALUES (1, 0, '');

-- Minutes of no keyboard or mouse before the screen locks.
INSERT INTO setting (key, value, updated_at)
VALUES ('lock_after_minutes', '5', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
