-- Presidency Desk schema, version 1: the data model of DESIGN.md.
-- Every record has an integer key for joins and a stable uid for exchange.
-- Dates are ISO 8601 text (YYYY-MM-DD), times HH:MM, money integer minor units.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT
);

CREATE TABLE party (
    id         INTEGER PRIMARY KEY,
    uid        TEXT NOT NULL UNIQUE,
    kind       TEXT NOT NULL,
    code       TEXT NOT NULL DEFAULT '',
    name_en    TEXT NOT NULL DEFAULT '',
    name_es    TEXT NOT NULL DEFAULT '',
    acronym_en TEXT NOT NULL DEFAULT '',
    acronym_es TEXT NOT NULL DEFAULT '',
    member     INTEGER NOT NULL DEFAULT 0 CHECK (member IN (0, 1)),
    notes      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX party_code ON party(code);

CREATE TABLE presidency (
    id            INTEGER PRIMARY KEY,
    uid           TEXT NOT NULL UNIQUE,
    party_id      INTEGER NOT NULL REFERENCES party(id) ON DELETE RESTRICT,
    conference_id INTEGER NOT NULL REFERENCES party(id) ON DELETE RESTRICT,
    status        TEXT NOT NULL,
    year          INTEGER,
    start_date    TEXT,
    end_date      TEXT
);

CREATE TABLE working_group (
    id       INTEGER PRIMARY KEY,
    uid      TEXT NOT NULL UNIQUE,
    code     TEXT NOT NULL DEFAULT '',
    name_en  TEXT NOT NULL DEFAULT '',
    name_es  TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE fund (
    id               INTEGER PRIMARY KEY,
    uid              TEXT NOT NULL UNIQUE,
    code             TEXT NOT NULL DEFAULT '',
    name_en          TEXT NOT NULL DEFAULT '',
    name_es          TEXT NOT NULL DEFAULT '',
    administrator_id INTEGER REFERENCES party(id) ON DELETE SET NULL,
    currency         TEXT NOT NULL DEFAULT 'USD'
);

CREATE TABLE meeting (
    id               INTEGER PRIMARY KEY,
    uid              TEXT NOT NULL UNIQUE,
    code             TEXT NOT NULL DEFAULT '',
    kind             TEXT NOT NULL,
    title_en         TEXT NOT NULL DEFAULT '',
    title_es         TEXT NOT NULL DEFAULT '',
    description_en   TEXT NOT NULL DEFAULT '',
    description_es   TEXT NOT NULL DEFAULT '',
    start_date       TEXT,
    end_date         TEXT,
    start_time       TEXT,
    end_time         TEXT,
    time_zone        TEXT NOT NULL DEFAULT '',
    venue_city       TEXT NOT NULL DEFAULT '',
    host_id          INTEGER REFERENCES party(id) ON DELETE SET NULL,
    mode             TEXT,
    virtual_link     TEXT NOT NULL DEFAULT '',
    status           TEXT NOT NULL,
    working_group_id INTEGER REFERENCES working_group(id) ON DELETE SET NULL,
    decision_id      INTEGER REFERENCES decision(id) ON DELETE SET NULL,
    sequence         INTEGER NOT NULL DEFAULT 0,
    CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);
CREATE INDEX meeting_start ON meeting(start_date);

CREATE TABLE meeting_participant (
    meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    party_id   INTEGER NOT NULL REFERENCES party(id) ON DELETE RESTRICT,
    role       TEXT NOT NULL,
    note       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (meeting_id, party_id)
);
CREATE INDEX meeting_participant_party ON meeting_participant(party_id);

CREATE TABLE agenda_item (
    id               INTEGER PRIMARY KEY,
    uid              TEXT NOT NULL UNIQUE,
    meeting_id       INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    position         INTEGER NOT NULL,
    numbering        TEXT NOT NULL DEFAULT '',
    title_en         TEXT NOT NULL DEFAULT '',
    title_es         TEXT NOT NULL DEFAULT '',
    presenter_id     INTEGER REFERENCES party(id) ON DELETE SET NULL,
    start_time       TEXT,
    duration_minutes INTEGER NOT NULL DEFAULT 0,
    document_id      INTEGER REFERENCES document(id) ON DELETE SET NULL,
    notes            TEXT NOT NULL DEFAULT ''
);
CREATE INDEX agenda_item_meeting ON agenda_item(meeting_id, position);

CREATE TABLE decision (
    id               INTEGER PRIMARY KEY,
    uid              TEXT NOT NULL UNIQUE,
    meeting_id       INTEGER REFERENCES meeting(id) ON DELETE RESTRICT,
    number           TEXT NOT NULL DEFAULT '',
    parent_id        INTEGER REFERENCES decision(id) ON DELETE RESTRICT,
    position         INTEGER NOT NULL DEFAULT 0,
    working_group_id INTEGER REFERENCES working_group(id) ON DELETE SET NULL,
    heading_en       TEXT NOT NULL DEFAULT '',
    heading_es       TEXT NOT NULL DEFAULT '',
    verb             TEXT NOT NULL,
    text_en          TEXT NOT NULL DEFAULT '',
    text_es          TEXT NOT NULL DEFAULT '',
    owner_id         INTEGER REFERENCES party(id) ON DELETE SET NULL,
    due_date         TEXT,
    status           TEXT NOT NULL
);
CREATE INDEX decision_meeting ON decision(meeting_id, position);
CREATE INDEX decision_parent ON decision(parent_id);

CREATE TABLE decision_party (
    decision_id INTEGER NOT NULL REFERENCES decision(id) ON DELETE CASCADE,
    party_id    INTEGER NOT NULL REFERENCES party(id) ON DELETE RESTRICT,
    position    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (decision_id, party_id)
);
CREATE INDEX decision_party_party ON decision_party(party_id);

CREATE TABLE activity (
    id               INTEGER PRIMARY KEY,
    uid              TEXT NOT NULL UNIQUE,
    code             TEXT NOT NULL DEFAULT '',
    parent_id        INTEGER REFERENCES activity(id) ON DELETE RESTRICT,
    working_group_id INTEGER REFERENCES working_group(id) ON DELETE SET NULL,
    kind             TEXT NOT NULL,
    title_en         TEXT NOT NULL DEFAULT '',
    title_es         TEXT NOT NULL DEFAULT '',
    description_en   TEXT NOT NULL DEFAULT '',
    description_es   TEXT NOT NULL DEFAULT '',
    status           TEXT NOT NULL,
    lead_id          INTEGER REFERENCES party(id) ON DELETE SET NULL,
    host_id          INTEGER REFERENCES party(id) ON DELETE SET NULL,
    target_start     TEXT,
    target_end       TEXT,
    progress         INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    funding_needed   INTEGER,
    currency         TEXT NOT NULL DEFAULT '',
    meeting_id       INTEGER REFERENCES meeting(id) ON DELETE SET NULL,
    decision_id      INTEGER REFERENCES decision(id) ON DELETE SET NULL,
    CHECK (target_end IS NULL OR target_start IS NULL OR target_end >= target_start)
);
CREATE INDEX activity_group ON activity(working_group_id);
CREATE INDEX activity_parent ON activity(parent_id);
CREATE INDEX activity_target ON activity(target_start);

CREATE TABLE activity_supporter (
    activity_id INTEGER NOT NULL REFERENCES activity(id) ON DELETE CASCADE,
    party_id    INTEGER NOT NULL REFERENCES party(id) ON DELETE RESTRICT,
    position    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (activity_id, party_id)
);
CREATE INDEX activity_supporter_party ON activity_supporter(party_id);

CREATE TABLE document (
    id               INTEGER PRIMARY KEY,
    uid              TEXT NOT NULL UNIQUE,
    code             TEXT NOT NULL DEFAULT '',
    title_en         TEXT NOT NULL DEFAULT '',
    title_es         TEXT NOT NULL DEFAULT '',
    description_en   TEXT NOT NULL DEFAULT '',
    description_es   TEXT NOT NULL DEFAULT '',
    kind             TEXT NOT NULL,
    state            TEXT NOT NULL,
    working_group_id INTEGER REFERENCES working_group(id) ON DELETE SET NULL,
    review_deadline  TEXT,
    decision_id      INTEGER REFERENCES decision(id) ON DELETE SET NULL
);

CREATE TABLE consultation (
    id              INTEGER PRIMARY KEY,
    uid             TEXT NOT NULL UNIQUE,
    document_id     INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    party_id        INTEGER NOT NULL REFERENCES party(id) ON DELETE RESTRICT,
    state           TEXT NOT NULL,
    requested_until TEXT,
    replied_on      TEXT,
    note            TEXT NOT NULL DEFAULT '',
    UNIQUE (document_id, party_id)
);
CREATE INDEX consultation_party ON consultation(party_id);

CREATE TABLE contribution (
    id       INTEGER PRIMARY KEY,
    uid      TEXT NOT NULL UNIQUE,
    party_id INTEGER NOT NULL REFERENCES party(id) ON DELETE RESTRICT,
    fund_id  INTEGER NOT NULL REFERENCES fund(id) ON DELETE RESTRICT,
    year     INTEGER NOT NULL,
    due      INTEGER NOT NULL DEFAULT 0 CHECK (due >= 0),
    currency TEXT NOT NULL DEFAULT 'USD',
    note     TEXT NOT NULL DEFAULT '',
    UNIQUE (party_id, fund_id, year)
);

CREATE TABLE payment (
    id              INTEGER PRIMARY KEY,
    uid             TEXT NOT NULL UNIQUE,
    contribution_id INTEGER NOT NULL REFERENCES contribution(id) ON DELETE CASCADE,
    paid_on         TEXT,
    amount          INTEGER NOT NULL CHECK (amount > 0),
    note            TEXT NOT NULL DEFAULT ''
);
CREATE INDEX payment_contribution ON payment(contribution_id);

CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    table_name  TEXT NOT NULL,
    record_uid  TEXT NOT NULL,
    before_json TEXT,
    after_json  TEXT,
    reason      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_record ON audit_log(record_uid);
