-- Events from UCDP's Georeferenced Event Dataset: UCDP codes violence without always saying what
-- kind of act it was, so the ACLED event and sub-event types may be unknown (the disorder type is
-- always known). UCDP's own coding is kept beside the fields it maps to.

ALTER TABLE event ALTER COLUMN event_type DROP NOT NULL;
ALTER TABLE event ALTER COLUMN sub_event_type DROP NOT NULL;
ALTER TABLE event ADD CONSTRAINT event_sub_type_has_type CHECK (sub_event_type IS NULL OR event_type IS NOT NULL);

ALTER TABLE event
    ADD COLUMN ucdp_event_id      bigint UNIQUE CHECK (ucdp_event_id > 0),
    ADD COLUMN ucdp_relid         text,
    ADD COLUMN ucdp_violence_type text CHECK (ucdp_violence_type IN ('STATE_BASED', 'NON_STATE', 'ONE_SIDED')),
    ADD COLUMN ucdp_date_prec     integer CHECK (ucdp_date_prec BETWEEN 1 AND 5),
    ADD COLUMN ucdp_where_prec    integer CHECK (ucdp_where_prec BETWEEN 1 AND 7),
    ADD COLUMN ucdp_version       text,
    -- The UCDP columns with no field of their own, as published: [{"column": …, "value": …}, …].
    ADD COLUMN ucdp_attributes    jsonb,
    ADD CONSTRAINT event_ucdp_coded CHECK ((ucdp_event_id IS NULL) = (ucdp_violence_type IS NULL) AND (ucdp_event_id IS NULL) = (ucdp_version IS NULL));
