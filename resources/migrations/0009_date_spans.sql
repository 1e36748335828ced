-- Version 9: indexes for the calendar's date ranges and its list of items to schedule.
--
-- A date range (a month of the calendar, a year's sheet) asks for the rows that start
-- before its end and end after its start. Only the start has an index, so "starts
-- before the end" alone reached back to the first meeting ever recorded. With the
-- longest span read from these indexes (one step down each), the start is also bounded
-- below, by the range's start less that span: one short range of the start's index,
-- whatever the month. The expressions must stay as FilterSql::overlapping() writes them.
CREATE INDEX meeting_span ON meeting(julianday(coalesce(end_date, start_date)) - julianday(start_date));
CREATE INDEX activity_span ON activity(julianday(coalesce(target_end, target_start)) - julianday(target_start));
-- The activities without a date and not listed through a meeting (the calendar's panel
-- of items to schedule, the dashboard's count), in the list's order: the count reads
-- this index alone, and a page of them stops at its last row instead of sorting them all.
CREATE INDEX activity_unscheduled ON activity(target_start, meeting_id, working_group_id, code, id);
