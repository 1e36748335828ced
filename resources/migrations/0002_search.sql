-- Version 2: full-text search over titles, descriptions and decision texts.
-- rowid = record id * 8 + kind, so a record's entry is found by key, not by scan.
-- Kept in step by the repositories (SearchIndex), not by triggers: with
-- trusted_schema=OFF SQLite refuses virtual tables inside triggers.
CREATE VIRTUAL TABLE search_index USING fts5(
    kind UNINDEXED,
    uid UNINDEXED,
    title,
    body,
    tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO search_index (rowid, kind, uid, title, body)
SELECT id * 8 + 1, 'meeting', uid, title_en || ' ' || title_es,
       code || ' ' || description_en || ' ' || description_es || ' ' || venue_city FROM meeting;
INSERT INTO search_index (rowid, kind, uid, title, body)
SELECT id * 8 + 2, 'activity', uid, title_en || ' ' || title_es,
       code || ' ' || description_en || ' ' || description_es FROM activity;
INSERT INTO search_index (rowid, kind, uid, title, body)
SELECT id * 8 + 3, 'document', uid, title_en || ' ' || title_es,
       code || ' ' || description_en || ' ' || description_es FROM document;
INSERT INTO search_index (rowid, kind, uid, title, body)
SELECT id * 8 + 4, 'decision', uid, number, text_en || ' ' || text_es FROM decision;
