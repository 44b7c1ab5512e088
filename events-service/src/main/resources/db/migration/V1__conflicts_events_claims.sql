-- Conflicts, events and the claims behind them. Actor and article ids belong to the actors and
-- sources services: they are checked through those services' APIs, not by foreign keys.

CREATE TABLE conflict (
    id               uuid PRIMARY KEY,
    name             text        NOT NULL CHECK (btrim(name) <> ''),
    type             text        NOT NULL CHECK (type IN ('INTERSTATE', 'INTRASTATE', 'INTERNATIONALISED_INTRASTATE', 'NON_STATE', 'ONE_SIDED')),
    start_date       date,
    end_date         date CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date),
    description      text,
    ucdp_conflict_id integer UNIQUE CHECK (ucdp_conflict_id > 0),
    created_at       timestamptz NOT NULL,
    created_by       text        NOT NULL,
    updated_at       timestamptz NOT NULL,
    updated_by       text        NOT NULL,
    version          integer     NOT NULL DEFAULT 0
);

CREATE UNIQUE INDEX conflict_name_unique ON conflict (lower(name));

CREATE TABLE conflict_party (
    conflict_id uuid NOT NULL REFERENCES conflict (id) ON DELETE CASCADE,
    actor_id    uuid NOT NULL,
    side        text NOT NULL CHECK (side IN ('A', 'B')),
    PRIMARY KEY (conflict_id, actor_id)
);

CREATE TABLE conflict_timeline (
    conflict_id uuid    NOT NULL REFERENCES conflict (id) ON DELETE CASCADE,
    position    integer NOT NULL,
    date_from   date    NOT NULL,
    date_to     date CHECK (date_to IS NULL OR date_to >= date_from),
    precision   text    NOT NULL CHECK (precision IN ('DAY', 'WEEK', 'MONTH', 'YEAR')),
    title       text    NOT NULL,
    description text,
    PRIMARY KEY (conflict_id, position)
);

CREATE TABLE event (
    id                 uuid PRIMARY KEY,
    code               text        NOT NULL UNIQUE,
    conflict_id        uuid REFERENCES conflict (id) ON DELETE SET NULL,
    date_from          date        NOT NULL,
    date_to            date        NOT NULL,
    date_precision     text        NOT NULL CHECK (date_precision IN ('DAY', 'WEEK', 'MONTH', 'YEAR')),
    disorder_type      text        NOT NULL,
    event_type         text        NOT NULL,
    sub_event_type     text        NOT NULL,
    title              text        NOT NULL,
    notes              text,
    country            text        NOT NULL CHECK (country ~ '^[A-Z]{3}$'),
    admin1             text,
    admin2             text,
    place              text,
    latitude           double precision CHECK (latitude BETWEEN -90 AND 90),
    longitude          double precision CHECK (longitude BETWEEN -180 AND 180),
    location_precision text        NOT NULL CHECK (location_precision IN ('EXACT', 'NEAR', 'ADMIN2', 'ADMIN1', 'COUNTRY')),
    killed_low         integer CHECK (killed_low >= 0),
    killed_best        integer CHECK (killed_best >= 0),
    killed_high        integer CHECK (killed_high >= 0),
    injured_low        integer CHECK (injured_low >= 0),
    injured_best       integer CHECK (injured_best >= 0),
    injured_high       integer CHECK (injured_high >= 0),
    civilian_targeting boolean     NOT NULL DEFAULT false,
    tags               text[]      NOT NULL DEFAULT '{}',
    status             text        NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'RETRACTED')),
    search_vector      tsvector GENERATED ALWAYS AS (to_tsvector('pg_catalog.english', title || ' ' || coalesce(notes, ''))) STORED,
    created_at         timestamptz NOT NULL,
    created_by         text        NOT NULL,
    updated_at         timestamptz NOT NULL,
    updated_by         text        NOT NULL,
    version            integer     NOT NULL DEFAULT 0,
    -- An event lasts at most a year, which lets a date-range query bound its index scan.
    CONSTRAINT event_dates CHECK (date_to >= date_from AND date_to - date_from <= 366),
    CONSTRAINT event_coordinates CHECK ((latitude IS NULL) = (longitude IS NULL)),
    CONSTRAINT event_killed_order CHECK (killed_low <= killed_best AND killed_best <= killed_high AND killed_low <= killed_high),
    CONSTRAINT event_injured_order CHECK (injured_low <= injured_best AND injured_best <= injured_high AND injured_low <= injured_high)
);

-- The typical queries: newest first, alone or narrowed by country, conflict, type, place, size.
CREATE INDEX event_newest_idx ON event (date_from DESC, id DESC);
CREATE INDEX event_country_idx ON event (country, date_from DESC, id DESC);
CREATE INDEX event_admin1_idx ON event (country, admin1, date_from DESC, id DESC);
CREATE INDEX event_conflict_idx ON event (conflict_id, date_from DESC, id DESC) WHERE conflict_id IS NOT NULL;
CREATE INDEX event_type_idx ON event (event_type, date_from DESC, id DESC);
CREATE INDEX event_sub_type_idx ON event (sub_event_type, date_from DESC, id DESC);
CREATE INDEX event_killed_idx ON event (killed_best DESC) WHERE killed_best > 0;
CREATE INDEX event_point_idx ON event USING gist (point(longitude, latitude)) WHERE latitude IS NOT NULL;
CREATE INDEX event_tags_idx ON event USING gin (tags);
CREATE INDEX event_search_idx ON event USING gin (search_vector);

CREATE TABLE event_actor (
    event_id uuid NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    actor_id uuid NOT NULL,
    side     text NOT NULL CHECK (side IN ('A', 'B')),
    role     text NOT NULL CHECK (role IN ('PRIMARY', 'ASSOCIATED')),
    PRIMARY KEY (event_id, actor_id, side)
);

CREATE INDEX event_actor_actor_idx ON event_actor (actor_id, event_id);

CREATE TABLE event_side_casualties (
    event_id     uuid NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    side         text NOT NULL CHECK (side IN ('A', 'B')),
    killed_low   integer CHECK (killed_low >= 0),
    killed_best  integer CHECK (killed_best >= 0),
    killed_high  integer CHECK (killed_high >= 0),
    injured_low  integer CHECK (injured_low >= 0),
    injured_best integer CHECK (injured_best >= 0),
    injured_high integer CHECK (injured_high >= 0),
    PRIMARY KEY (event_id, side)
);

CREATE TABLE event_link (
    event_id  uuid NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    type      text NOT NULL CHECK (type IN ('REACTION_TO', 'PART_OF', 'FOLLOW_UP_OF')),
    target_id uuid NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, type, target_id),
    CHECK (event_id <> target_id)
);

CREATE INDEX event_link_target_idx ON event_link (target_id);

-- Numbers of the human-readable event codes, per country and year.
CREATE TABLE event_code_counter (
    prefix     text PRIMARY KEY,
    last_value integer NOT NULL
);

CREATE TABLE claim (
    id                 uuid PRIMARY KEY,
    event_id           uuid        NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    article_id         uuid        NOT NULL,
    claimant_actor_id  uuid        NOT NULL,
    summary            text        NOT NULL,
    quote              text,
    initiator_actor_id uuid,
    credibility        integer     NOT NULL CHECK (credibility BETWEEN 1 AND 6),
    created_at         timestamptz NOT NULL,
    created_by         text        NOT NULL,
    updated_at         timestamptz NOT NULL,
    updated_by         text        NOT NULL,
    version            integer     NOT NULL DEFAULT 0
);

CREATE INDEX claim_event_idx ON claim (event_id);
CREATE INDEX claim_article_idx ON claim (article_id);

CREATE TABLE claim_figures (
    claim_id uuid    NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    side     text    NOT NULL CHECK (side IN ('A', 'B')),
    killed   integer CHECK (killed >= 0),
    injured  integer CHECK (injured >= 0),
    PRIMARY KEY (claim_id, side)
);
