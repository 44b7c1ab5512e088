-- Articles may be citations: reports known by their source, date and headline only, as datasets such
-- as UCDP GED cite them, without a URL and/or without their text.
--
-- Identity: an article with a URL is stored once per canonical URL (as before); one without is stored
-- once per citation key, a SHA-256 of (source, day of publication or none, normalised headline) made
-- by the service. Exactly one of the two identifies each row.
--
-- Dates: published_at (with its offset) when the instant is known; published_on, the day, whenever any
-- date is known (published_at's day in its own offset, or the day alone); neither for an undated
-- citation. published_sort orders and filters lists: published_at, or 00:00 UTC of published_on, in
-- microseconds since the epoch, and the smallest bigint for an undated citation (last, newest first).

ALTER TABLE article
    ALTER COLUMN canonical_url DROP NOT NULL,
    ALTER COLUMN body DROP NOT NULL,
    ALTER COLUMN content_hash DROP NOT NULL,
    ALTER COLUMN published_at DROP NOT NULL,
    ALTER COLUMN published_at_offset DROP NOT NULL,
    ADD COLUMN citation       text,
    ADD COLUMN citation_key   text CHECK (citation_key ~ '^[0-9a-f]{64}$'),
    ADD COLUMN published_on   date,
    ADD COLUMN published_sort bigint;

UPDATE article
SET published_on   = CAST((published_at AT TIME ZONE 'UTC') + make_interval(secs => published_at_offset) AS date),
    published_sort = CAST(extract(epoch FROM published_at) * 1000000 AS bigint);

ALTER TABLE article
    ALTER COLUMN published_sort SET NOT NULL,
    ADD CONSTRAINT article_identity CHECK ((canonical_url IS NULL) <> (citation_key IS NULL)),
    ADD CONSTRAINT article_citation_key_unique UNIQUE (citation_key),
    ADD CONSTRAINT article_hash_of_body CHECK ((body IS NULL) = (content_hash IS NULL)),
    ADD CONSTRAINT article_published_offset CHECK ((published_at IS NULL) = (published_at_offset IS NULL)),
    ADD CONSTRAINT article_published_day CHECK (published_at IS NULL OR published_on IS NOT NULL);

-- The search vector now reads the citation (weight B, unless it is the title itself) and a missing
-- text as empty. A generated column's expression cannot be altered before PostgreSQL 17: rebuilt.
ALTER TABLE article DROP COLUMN search_vector;
ALTER TABLE article ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector(cm_text_search_config(language), title), 'A') ||
    setweight(to_tsvector(cm_text_search_config(language),
                          coalesce(lede, '') || ' ' || CASE WHEN citation IS DISTINCT FROM title THEN coalesce(citation, '') ELSE '' END), 'B') ||
    setweight(to_tsvector(cm_text_search_config(language), coalesce(body, '')), 'C')) STORED;
CREATE INDEX article_search_idx ON article USING gin (search_vector);

DROP INDEX article_published_idx;
DROP INDEX article_source_published_idx;
CREATE INDEX article_published_idx ON article (published_sort DESC, id DESC);
CREATE INDEX article_source_published_idx ON article (source_id, published_sort DESC, id DESC);
