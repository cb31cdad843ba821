-- One schema for SQLite and PostgreSQL. ${autoId} is the one thing they write differently: an integer key the
-- database assigns. Times are UTC ISO-8601 text of fixed width (2026-12-01T22:14:14.123Z), so they sort as text.

CREATE TABLE parties (
    party_id    TEXT PRIMARY KEY,
    version     INTEGER NOT NULL,
    -- its last screening scored an entry just under the threshold: re-screened in full on every list change
    near_miss   INTEGER NOT NULL DEFAULT 0,
    deleted_at  TEXT,
    updated_at  TEXT NOT NULL
);

CREATE TABLE party_versions (
    party_id     TEXT NOT NULL REFERENCES parties (party_id),
    version      INTEGER NOT NULL,
    name         TEXT NOT NULL,
    schema       TEXT,
    country      TEXT,
    birth_date   TEXT,
    identifiers  TEXT NOT NULL,
    attributes   TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    PRIMARY KEY (party_id, version)
);

CREATE TABLE cases (
    case_id    ${autoId},
    party_id   TEXT NOT NULL UNIQUE REFERENCES parties (party_id),
    state      TEXT NOT NULL,
    escalated  INTEGER NOT NULL DEFAULT 0,
    assignee   TEXT,
    opened_at  TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX cases_state ON cases (state, updated_at);

CREATE TABLE alerts (
    alert_id      ${autoId},
    case_id       BIGINT NOT NULL REFERENCES cases (case_id),
    party_id      TEXT NOT NULL,
    party_version INTEGER NOT NULL,
    party_hash    TEXT NOT NULL,
    entity_key    TEXT NOT NULL,
    entity_hash   TEXT NOT NULL,
    entity_json   TEXT NOT NULL,
    source        TEXT NOT NULL,
    snapshot_id   TEXT NOT NULL,
    score         DOUBLE PRECISION NOT NULL,
    matched_name  TEXT NOT NULL,
    explanation   TEXT NOT NULL,
    state         TEXT NOT NULL,
    note          TEXT,
    created_at    TEXT NOT NULL,
    resolved_at   TEXT
);
-- at most one open alert per pair: a re-screen that runs twice (resumed after a kill) cannot double it
CREATE UNIQUE INDEX alerts_open_pair ON alerts (party_id, entity_key) WHERE state = 'OPEN';
CREATE INDEX alerts_case ON alerts (case_id);
CREATE INDEX alerts_entity ON alerts (entity_key, state);
CREATE INDEX alerts_created ON alerts (created_at);

-- the latest analyst decision on a pair, with the content both sides had when it was taken
CREATE TABLE pair_decisions (
    party_id    TEXT NOT NULL,
    entity_key  TEXT NOT NULL,
    decision    TEXT NOT NULL,
    party_hash  TEXT NOT NULL,
    entity_hash TEXT NOT NULL,
    alert_id    BIGINT NOT NULL,
    action_id   BIGINT NOT NULL,
    decided_at  TEXT NOT NULL,
    PRIMARY KEY (party_id, entity_key)
);

CREATE TABLE case_actions (
    action_id  ${autoId},
    case_id    BIGINT NOT NULL REFERENCES cases (case_id),
    alert_id   BIGINT,
    kind       TEXT NOT NULL,
    actor      TEXT NOT NULL,
    reason     TEXT,
    assignee   TEXT,
    state      TEXT NOT NULL,
    approves   BIGINT,
    at         TEXT NOT NULL
);
CREATE INDEX case_actions_case ON case_actions (case_id, action_id);

CREATE TABLE activations (
    activation_id ${autoId},
    snapshot_id   TEXT NOT NULL,
    previous_id   TEXT,
    state         TEXT NOT NULL,
    cursor_party  TEXT,
    added         INTEGER NOT NULL,
    changed       INTEGER NOT NULL,
    removed       INTEGER NOT NULL,
    started_at    TEXT NOT NULL,
    finished_at   TEXT
);

CREATE TABLE list_changes (
    activation_id BIGINT NOT NULL REFERENCES activations (activation_id),
    entity_key    TEXT NOT NULL,
    change        TEXT NOT NULL,
    source        TEXT NOT NULL,
    name          TEXT NOT NULL,
    PRIMARY KEY (activation_id, entity_key)
);

CREATE TABLE trail (
    seq       BIGINT PRIMARY KEY,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    kind      TEXT NOT NULL,
    subject   TEXT NOT NULL,
    payload   TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);
CREATE INDEX trail_at ON trail (at);
CREATE INDEX trail_subject ON trail (subject);

CREATE TABLE users (
    username      TEXT PRIMARY KEY,
    password_hash TEXT NOT NULL,
    role          TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    disabled_at   TEXT
);

CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    username   TEXT NOT NULL REFERENCES users (username),
    csrf_token TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);

CREATE TABLE settings (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
