-- Version 8: indexes that let two pages show quickly on a large database.
-- The contributions table in its order (newest year first, then fund, then country by
-- name): read by year and fund from this index, only the countries within one year and
-- fund are sorted by name, and a page stops reading once it has its rows. The same
-- index answers a filter on the year.
CREATE INDEX contribution_year_fund ON contribution(year, fund_id);
-- The decision register opens on the latest meeting held that has conclusions: walked
-- backwards through the held meetings alone, in calendar order, without reading the
-- meeting table.
CREATE INDEX meeting_status_order ON meeting(status, start_date, start_time, id);
