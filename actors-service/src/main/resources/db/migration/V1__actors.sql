-- Actors: anyone who acts in or about a conflict, with aliases and dated relations.

-- Both are trusted extensions (PostgreSQL 13+): the database owner can create them without superuser rights.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- The form in which names are compared: no case, no accents, punctuation as single spaces,
-- so that "Azerbaijan’s Defense Ministry" and "azerbaijan's defense ministry" are one name.
-- IMMUTABLE (with the dictionary named explicitly) so that it can back indexes and generated columns.
CREATE FUNCTION cm_normalize(t text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
SELECT btrim(regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, t)), '[^[:alnum:]]+', ' ', 'g'))
$$;

CREATE TABLE actor (
    id            uuid PRIMARY KEY,
    kind          text        NOT NULL CHECK (kind IN ('STATE', 'STATE_FORCE', 'GOVERNMENT_BODY', 'NON_STATE_ARMED_GROUP',
                                                       'MILITIA', 'IDENTITY_MILITIA', 'INTERGOVERNMENTAL_ORGANISATION', 'NGO',
                                                       'PERSON', 'CIVILIANS', 'PROTESTERS', 'RIOTERS', 'OTHER')),
    name          text        NOT NULL CHECK (btrim(name) <> ''),
    sort_key      text GENERATED ALWAYS AS (cm_normalize(name)) STORED,
    country       text CHECK (country ~ '^[A-Z]{3}$'),
    description   text,
    wikidata_id   text UNIQUE CHECK (wikidata_id ~ '^Q[1-9][0-9]*$'),
    ucdp_actor_id integer UNIQUE CHECK (ucdp_actor_id > 0),
    -- A merged duplicate stays as a pointer to its survivor, so that its id keeps answering.
    merged_into   uuid REFERENCES actor (id) ON DELETE CASCADE CHECK (merged_into <> id),
    created_at    timestamptz NOT NULL,
    created_by    text        NOT NULL,
    updated_at    timestamptz NOT NULL,
    updated_by    text        NOT NULL,
    version       integer     NOT NULL DEFAULT 0
);

-- Keyset pagination by name over the actors that are not merged away.
CREATE INDEX actor_listing_idx ON actor (sort_key, id) WHERE merged_into IS NULL;
CREATE INDEX actor_sort_key_trgm_idx ON actor USING gin (sort_key gin_trgm_ops);
CREATE INDEX actor_kind_idx ON actor (kind);
CREATE INDEX actor_country_idx ON actor (country);
CREATE INDEX actor_merged_into_idx ON actor (merged_into) WHERE merged_into IS NOT NULL;

CREATE TABLE actor_alias (
    actor_id  uuid NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
    name      text NOT NULL CHECK (btrim(name) <> ''),
    lang      text,
    norm_name text GENERATED ALWAYS AS (cm_normalize(name)) STORED,
    CONSTRAINT actor_alias_unique UNIQUE NULLS NOT DISTINCT (actor_id, name, lang)
);

CREATE INDEX actor_alias_norm_trgm_idx ON actor_alias USING gin (norm_name gin_trgm_ops);

CREATE TABLE actor_relation (
    id          uuid PRIMARY KEY,
    type        text        NOT NULL CHECK (type IN ('MEMBER_OF', 'PART_OF', 'HOLDS_POSITION', 'CO_CHAIR_OF', 'ALLIED_WITH', 'OPPOSES')),
    subject_id  uuid        NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
    object_id   uuid        NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
    valid_from  date,
    valid_to    date,
    title       text,
    created_at  timestamptz NOT NULL,
    created_by  text        NOT NULL,
    updated_at  timestamptz NOT NULL,
    updated_by  text        NOT NULL,
    version     integer     NOT NULL DEFAULT 0,
    CONSTRAINT actor_relation_not_reflexive CHECK (subject_id <> object_id),
    CONSTRAINT actor_relation_dates CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from),
    CONSTRAINT actor_relation_unique UNIQUE NULLS NOT DISTINCT (subject_id, type, object_id, valid_from)
);

CREATE INDEX actor_relation_object_idx ON actor_relation (object_id);
