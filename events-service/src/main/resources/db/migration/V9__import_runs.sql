-- The record of each import run (who, when, counts, bad rows, curators' edits kept), and the flags of
-- UCDP codings whose values look inconsistent but are kept as UCDP published them.

CREATE TABLE import_run (
    id             uuid PRIMARY KEY,
    kind           text        NOT NULL CHECK (kind IN ('UCDP_GED', 'UCDP_ACD')),
    file           text        NOT NULL CHECK (btrim(file) <> ''),
    state          text        NOT NULL CHECK (state IN ('RUNNING', 'SUCCEEDED', 'FAILED')),
    total_rows     bigint      CHECK (total_rows >= 0),
    rows_read      bigint      NOT NULL DEFAULT 0 CHECK (rows_read >= 0),
    created        bigint      NOT NULL DEFAULT 0 CHECK (created >= 0),
    updated        bigint      NOT NULL DEFAULT 0 CHECK (updated >= 0),
    unchanged      bigint      NOT NULL DEFAULT 0 CHECK (unchanged >= 0),
    older_version  bigint      NOT NULL DEFAULT 0 CHECK (older_version >= 0),
    bad_rows       bigint      NOT NULL DEFAULT 0 CHECK (bad_rows >= 0),
    flagged_rows   bigint      NOT NULL DEFAULT 0 CHECK (flagged_rows >= 0),
    errors         jsonb       NOT NULL DEFAULT '[]',
    kept_edits     jsonb       NOT NULL DEFAULT '[]',
    failure        text,
    finished_at    timestamptz,
    created_at     timestamptz NOT NULL,
    created_by     text        NOT NULL,
    updated_at     timestamptz NOT NULL,
    updated_by     text        NOT NULL,
    version        integer     NOT NULL
);
CREATE INDEX import_run_newest ON import_run (created_at DESC, id DESC);

ALTER TABLE event ADD COLUMN ucdp_anomalies text[];

-- A conflict known from GED events only (UCDP type of violence 1) until the ACD types it.
ALTER TABLE conflict DROP CONSTRAINT conflict_type_check;
ALTER TABLE conflict ADD CONSTRAINT conflict_type_check
    CHECK (type IN ('EXTRASYSTEMIC', 'INTERSTATE', 'INTRASTATE', 'INTERNATIONALISED_INTRASTATE', 'STATE_BASED', 'NON_STATE', 'ONE_SIDED'));
