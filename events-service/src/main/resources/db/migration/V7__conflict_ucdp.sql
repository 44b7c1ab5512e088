-- Conflicts as the UCDP/PRIO Armed Conflict Dataset (ACD) has them: UCDP's fifth type of conflict,
-- UCDP's name, incompatibility, territory and location, and every ACD row of the conflict, one per
-- year, with every column as UCDP has it (multi-valued cells as arrays, in UCDP's order).

ALTER TABLE conflict DROP CONSTRAINT conflict_type_check;
ALTER TABLE conflict ADD CONSTRAINT conflict_type_check
    CHECK (type IN ('EXTRASYSTEMIC', 'INTERSTATE', 'INTRASTATE', 'INTERNATIONALISED_INTRASTATE', 'NON_STATE', 'ONE_SIDED'));

ALTER TABLE conflict
    ADD COLUMN ucdp_name       text CHECK (btrim(ucdp_name) <> ''),
    ADD COLUMN incompatibility text CHECK (incompatibility IN ('TERRITORY', 'GOVERNMENT', 'TERRITORY_AND_GOVERNMENT')),
    ADD COLUMN territory_name  text,
    ADD COLUMN location        text[] NOT NULL DEFAULT '{}';

CREATE TABLE conflict_ucdp_year (
    conflict_id          uuid      NOT NULL REFERENCES conflict (id) ON DELETE CASCADE,
    year                 integer   NOT NULL CHECK (year BETWEEN 1946 AND 2100),
    location             text[]    NOT NULL DEFAULT '{}',
    side_a               text[]    NOT NULL DEFAULT '{}',
    side_a_id            integer[] NOT NULL DEFAULT '{}',
    side_a_2nd           text[]    NOT NULL DEFAULT '{}',
    side_b               text[]    NOT NULL DEFAULT '{}',
    side_b_id            integer[] NOT NULL DEFAULT '{}',
    side_b_2nd           text[]    NOT NULL DEFAULT '{}',
    incompatibility      text      NOT NULL CHECK (incompatibility IN ('TERRITORY', 'GOVERNMENT', 'TERRITORY_AND_GOVERNMENT')),
    territory_name       text,
    intensity_level      text      NOT NULL CHECK (intensity_level IN ('MINOR', 'WAR')),
    cumulative_intensity text      NOT NULL CHECK (cumulative_intensity IN ('MINOR', 'WAR')),
    type_of_conflict     text      NOT NULL CHECK (type_of_conflict IN ('EXTRASYSTEMIC', 'INTERSTATE', 'INTRASTATE', 'INTERNATIONALISED_INTRASTATE')),
    start_date           date,
    end_date             date CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date),
    gwno_a               integer[] NOT NULL DEFAULT '{}',
    gwno_a_2nd           integer[] NOT NULL DEFAULT '{}',
    gwno_b               integer[] NOT NULL DEFAULT '{}',
    gwno_b_2nd           integer[] NOT NULL DEFAULT '{}',
    gwno_loc             integer[] NOT NULL DEFAULT '{}',
    region               text[]    NOT NULL DEFAULT '{}'
        CHECK (region <@ ARRAY['EUROPE', 'MIDDLE_EAST', 'ASIA', 'AFRICA', 'AMERICAS']::text[]),
    PRIMARY KEY (conflict_id, year)
);
