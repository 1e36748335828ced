-- Version 6: trigram indexes over the folded filter text of meetings and activities.
-- A filter word that matches few records (or none) is looked up here instead of
-- GLOBbed against every row of the list's index; common words still use the index
-- scan, which stops after the first page (see FilterIndex). Kept in step by the
-- repositories, not by triggers: with trusted_schema=OFF SQLite refuses virtual tables
-- inside triggers. The tables keep their own copy of the text, so an entry is
-- replaced by rowid without knowing the old text.
CREATE VIRTUAL TABLE meeting_filter_fts USING fts5(filter_text, tokenize = 'trigram');
CREATE VIRTUAL TABLE activity_filter_fts USING fts5(filter_text, tokenize = 'trigram');

INSERT INTO meeting_filter_fts (rowid, filter_text) SELECT id, filter_text FROM meeting;
INSERT INTO activity_filter_fts (rowid, filter_text) SELECT id, filter_text FROM activity;
