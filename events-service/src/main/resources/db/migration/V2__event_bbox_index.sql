-- Bounding-box filters as latitude/longitude ranges on a B-tree: PostgreSQL estimates ranges from the
-- columns' statistics, and so walks the newest-first index for dense boxes (a city in a war zone)
-- and the coordinates index for sparse ones, where the GiST point index left it sorting tens of
-- thousands of rows with a fixed guess of their number.
DROP INDEX event_point_idx;
CREATE INDEX event_lat_lon_idx ON event (latitude, longitude) WHERE latitude IS NOT NULL;
