-- Version 3: a folded text column (lower case, accents removed) on meetings and
-- activities, so list filters match "reunion" to "Reunión" with one instr() per row
-- instead of several LIKEs. The repositories keep it in step (TextFold in C++); here
-- existing rows are folded with the same mapping for the letters the conference's
-- languages use. The indexes hold the lists' display order and the folded text, so a
-- filtered page is read from the index alone and stops after its first rows.
ALTER TABLE meeting ADD COLUMN filter_text TEXT NOT NULL DEFAULT '';
ALTER TABLE activity ADD COLUMN filter_text TEXT NOT NULL DEFAULT '';

UPDATE meeting SET filter_text =
    replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
    lower(code || ' ' || title_en || ' ' || title_es || ' ' || venue_city),
    'á', 'a'), 'é', 'e'), 'í', 'i'), 'ó', 'o'), 'ú', 'u'), 'ü', 'u'), 'ñ', 'n'),
    'Á', 'a'), 'É', 'e'), 'Í', 'i'), 'Ó', 'o'), 'Ú', 'u'), 'Ü', 'u'), 'Ñ', 'n');
UPDATE activity SET filter_text =
    replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
    lower(code || ' ' || title_en || ' ' || title_es),
    'á', 'a'), 'é', 'e'), 'í', 'i'), 'ó', 'o'), 'ú', 'u'), 'ü', 'u'), 'ñ', 'n'),
    'Á', 'a'), 'É', 'e'), 'Í', 'i'), 'Ó', 'o'), 'Ú', 'u'), 'Ü', 'u'), 'Ñ', 'n');

CREATE INDEX activity_filter ON activity(working_group_id, code, id, filter_text);
CREATE INDEX meeting_filter ON meeting(start_date, start_time, id, filter_text);
