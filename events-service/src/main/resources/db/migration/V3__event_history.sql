-- Who changed what, when: the state of an event after each change, as its API showed it.
CREATE TABLE event_revision (
    event_id   uuid        NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    version    integer     NOT NULL,
    changed_at timestamptz NOT NULL,
    changed_by text        NOT NULL,
    snapshot   jsonb       NOT NULL,
    PRIMARY KEY (event_id, version)
);
