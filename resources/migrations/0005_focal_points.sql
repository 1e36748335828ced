-- Version 5: the focal points of the parties (a person, their role and how to reach
-- them). personal_data marks the records a handover package may leave out.
CREATE TABLE focal_point (
    id            INTEGER PRIMARY KEY,
    uid           TEXT NOT NULL UNIQUE,
    party_id      INTEGER NOT NULL REFERENCES party(id) ON DELETE RESTRICT,
    name          TEXT NOT NULL DEFAULT '',
    role          TEXT NOT NULL DEFAULT '',
    email         TEXT NOT NULL DEFAULT '',
    phone         TEXT NOT NULL DEFAULT '',
    personal_data INTEGER NOT NULL DEFAULT 1 CHECK (personal_data IN (0, 1)),
    notes         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX focal_point_party ON focal_point(party_id);
