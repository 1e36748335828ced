-- Version 4: document attachments kept in the database, and the message a country's
-- reply came with.
-- A file added again under the same name becomes its next version; older versions stay.
-- The SHA-256 (lower-case hex) is of `data` and is checked when the file is saved out.
CREATE TABLE document_attachment (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE,
    document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    file_name   TEXT NOT NULL,
    mime_type   TEXT NOT NULL DEFAULT 'application/octet-stream',
    size        INTEGER NOT NULL CHECK (size >= 0),
    sha256      TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    data        BLOB NOT NULL,
    added_at    TEXT NOT NULL,
    UNIQUE (document_id, file_name, version)
);

ALTER TABLE consultation ADD COLUMN message TEXT NOT NULL DEFAULT '';
