-- The newest-first index carries the columns the filters without an index of their own test
-- (date range end, status, coordinates, killed), so that PostgreSQL answers a page by walking this
-- index alone (an index-only scan) and stops after one page of matches, instead of fetching each
-- candidate row from the table: a dense box, a box within a month or a minimum of killed.
DROP INDEX event_newest_idx;
CREATE INDEX event_newest_idx ON event (date_from DESC, id DESC) INCLUDE (date_to, status, latitude, longitude, killed_best);
