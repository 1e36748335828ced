-- Version 3: a folded text column (lower case, accents removed) on meetings and
-- activities, so list filters match "reunion" to "Reunión" with one instr() per row
-- instead of several LIKEs. The repositories keep it in step (TextFold in C++); here
-- existing rows are folded with the same mapping for the letters the conference's
-- languages use. An index on the activities' display order lets a filtered page stop
-- after its first rows.
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

CREATE INDEX activity_order ON activity(working_group_id, code);
CREATE INDEX meeting_end ON meeting(end_date);
