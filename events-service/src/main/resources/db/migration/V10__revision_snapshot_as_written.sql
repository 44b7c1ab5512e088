-- Revision snapshots are written once per change and read back whole, as text, only in an event's
-- history; nothing queries inside them. Stored as the API wrote them (json keeps the text, jsonb
-- parsed it into a tree) and uncompressed (pglz, the only method this PostgreSQL has): together these
-- were half the database's work in an import of 176k UCDP events (measured with COPY of the same
-- 177k snapshots: 18.4 s as compressed jsonb, 7.7 s as uncompressed json).
ALTER TABLE event_revision ALTER COLUMN snapshot TYPE json;
ALTER TABLE event_revision ALTER COLUMN snapshot SET STORAGE EXTERNAL;
