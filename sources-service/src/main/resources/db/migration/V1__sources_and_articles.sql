-- Sources (outlets and statement-making bodies) and the articles they publish.

CREATE TABLE source (
    id                    uuid PRIMARY KEY,
    name                  text        NOT NULL CHECK (btrim(name) <> ''),
    kind                  text        NOT NULL CHECK (kind IN ('NEWS_AGENCY', 'NEWSPAPER', 'BROADCASTER', 'ONLINE_MEDIA', 'GOVERNMENT',
                                                               'MILITARY', 'INTERGOVERNMENTAL_ORGANISATION', 'NGO', 'SOCIAL_MEDIA', 'OTHER')),
    homepage_url          text,
    country               text CHECK (country ~ '^[A-Z]{3}$'),
    languages             text[]      NOT NULL DEFAULT '{}',
    ownership             text        NOT NULL CHECK (ownership IN ('STATE', 'PUBLIC_SERVICE', 'PRIVATE', 'UNKNOWN')),
    reliability_grade     text        NOT NULL CHECK (reliability_grade IN ('A', 'B', 'C', 'D', 'E', 'F')),
    reliability_rationale text,
    reliability_rated_by  text        NOT NULL,
    reliability_rated_at  timestamptz NOT NULL,
    -- The actor (actors-service) the source speaks for; another service's id, so no foreign key.
    actor_id              uuid,
    feed_urls             text[]      NOT NULL DEFAULT '{}',
    created_at            timestamptz NOT NULL,
    created_by            text        NOT NULL,
    updated_at            timestamptz NOT NULL,
    updated_by            text        NOT NULL,
    version               integer     NOT NULL DEFAULT 0
);

CREATE UNIQUE INDEX source_name_unique ON source (lower(name));
CREATE INDEX source_actor_idx ON source (actor_id) WHERE actor_id IS NOT NULL;

-- A domain belongs to one source, so that an article's URL names its source.
CREATE TABLE source_domain (
    domain    text PRIMARY KEY CHECK (domain = lower(domain)),
    source_id uuid NOT NULL REFERENCES source (id) ON DELETE CASCADE
);

CREATE INDEX source_domain_source_idx ON source_domain (source_id);

-- Which text search configuration stems a language; languages PostgreSQL has no stemmer for are
-- matched word for word. IMMUTABLE so that it can back the generated search column.
CREATE FUNCTION cm_text_search_config(lang text) RETURNS regconfig
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
SELECT CASE split_part(lower(lang), '-', 1)
           WHEN 'en' THEN 'pg_catalog.english'::regconfig
           WHEN 'ru' THEN 'pg_catalog.russian'::regconfig
           WHEN 'fr' THEN 'pg_catalog.french'::regconfig
           WHEN 'de' THEN 'pg_catalog.german'::regconfig
           WHEN 'es' THEN 'pg_catalog.spanish'::regconfig
           WHEN 'it' THEN 'pg_catalog.italian'::regconfig
           WHEN 'pt' THEN 'pg_catalog.portuguese'::regconfig
           WHEN 'tr' THEN 'pg_catalog.turkish'::regconfig
           WHEN 'ar' THEN 'pg_catalog.arabic'::regconfig
           WHEN 'hy' THEN 'pg_catalog.armenian'::regconfig
           ELSE 'pg_catalog.simple'::regconfig
       END
$$;

CREATE TABLE article (
    id                 uuid PRIMARY KEY,
    source_id          uuid        NOT NULL REFERENCES source (id),
    canonical_url      text        NOT NULL UNIQUE,
    title              text        NOT NULL,
    lede               text,
    body               text        NOT NULL,
    language           text        NOT NULL,
    published_at       timestamptz NOT NULL,
    -- The offset the article was published with, in seconds, so that it is returned as published.
    published_at_offset integer    NOT NULL,
    dateline_place     text,
    authors            text[]      NOT NULL DEFAULT '{}',
    content_hash       text        NOT NULL CHECK (content_hash ~ '^[0-9a-f]{64}$'),
    duplicate_of       uuid REFERENCES article (id) ON DELETE SET NULL,
    retrieved_at       timestamptz NOT NULL,
    search_vector      tsvector GENERATED ALWAYS AS (
                           setweight(to_tsvector(cm_text_search_config(language), title), 'A') ||
                           setweight(to_tsvector(cm_text_search_config(language), coalesce(lede, '')), 'B') ||
                           setweight(to_tsvector(cm_text_search_config(language), body), 'C')) STORED,
    created_at         timestamptz NOT NULL,
    created_by         text        NOT NULL,
    updated_at         timestamptz NOT NULL,
    updated_by         text        NOT NULL,
    version            integer     NOT NULL DEFAULT 0
);

CREATE INDEX article_search_idx ON article USING gin (search_vector);
CREATE INDEX article_content_hash_idx ON article (content_hash);
CREATE INDEX article_published_idx ON article (published_at DESC, id DESC);
CREATE INDEX article_source_published_idx ON article (source_id, published_at DESC, id DESC);
CREATE INDEX article_duplicate_of_idx ON article (duplicate_of) WHERE duplicate_of IS NOT NULL;
