-- Statistics add up tens of thousands of events (a country's year, every event of a year). The two
-- indexes such a filter walks now carry every column the statistics read or filter on, so PostgreSQL
-- answers them from the index alone (an index-only scan) instead of fetching each event's wide row
-- (title, notes, search vector) from the table: at a million events, a year of one country's events
-- by month took 118 ms at p95 with those fetches.
DROP INDEX event_newest_idx;
CREATE INDEX event_newest_idx ON event (date_from DESC, id DESC)
    INCLUDE (date_to, status, latitude, longitude, killed_best, injured_best, country, event_type);
DROP INDEX event_country_idx;
CREATE INDEX event_country_idx ON event (country, date_from DESC, id DESC)
    INCLUDE (date_to, status, killed_best, injured_best, event_type);
