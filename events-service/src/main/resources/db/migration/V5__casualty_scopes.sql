-- Casualty figures say whose losses they count (UCDP's groups: each side, civilians, unknown, or
-- everyone together) and, optionally, which kind of people within that group. Claims compare
-- figures of the same scope only, and may say what kind of act happened.

CREATE TABLE event_casualties (
    event_id        uuid NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    casualty_group  text NOT NULL CHECK (casualty_group IN ('SIDE_A', 'SIDE_B', 'CIVILIANS', 'UNKNOWN')),
    personnel       text CHECK (personnel IN ('MILITARY', 'POLICE_SECURITY', 'CIVILIAN')),
    killed_low      integer CHECK (killed_low >= 0),
    killed_best     integer CHECK (killed_best >= 0),
    killed_high     integer CHECK (killed_high >= 0),
    injured_low     integer CHECK (injured_low >= 0),
    injured_best    integer CHECK (injured_best >= 0),
    injured_high    integer CHECK (injured_high >= 0),
    injury_severity text CHECK (injury_severity IN ('LIGHT', 'SERIOUS'))
);

-- One figure per scope; an absent personnel is the whole group, a scope of its own.
CREATE UNIQUE INDEX event_casualties_scope ON event_casualties (event_id, casualty_group, coalesce(personnel, ''));

CREATE TABLE claim_casualties (
    claim_id        uuid NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    casualty_group  text NOT NULL CHECK (casualty_group IN ('ALL', 'SIDE_A', 'SIDE_B', 'CIVILIANS', 'UNKNOWN')),
    personnel       text CHECK (personnel IN ('MILITARY', 'POLICE_SECURITY', 'CIVILIAN')),
    killed_low      integer CHECK (killed_low >= 0),
    killed_best     integer CHECK (killed_best >= 0),
    killed_high     integer CHECK (killed_high >= 0),
    injured_low     integer CHECK (injured_low >= 0),
    injured_best    integer CHECK (injured_best >= 0),
    injured_high    integer CHECK (injured_high >= 0),
    injury_severity text CHECK (injury_severity IN ('LIGHT', 'SERIOUS'))
);

CREATE UNIQUE INDEX claim_casualties_scope ON claim_casualties (claim_id, casualty_group, coalesce(personnel, ''));

-- What was stored per side stays, as that side's whole-group figure.
INSERT INTO event_casualties (event_id, casualty_group, killed_low, killed_best, killed_high, injured_low, injured_best, injured_high)
SELECT event_id, 'SIDE_' || side, killed_low, killed_best, killed_high, injured_low, injured_best, injured_high
FROM event_side_casualties;

INSERT INTO claim_casualties (claim_id, casualty_group, killed_best, injured_best)
SELECT claim_id, 'SIDE_' || side, killed, injured
FROM claim_figures
WHERE killed IS NOT NULL OR injured IS NOT NULL;

DROP TABLE event_side_casualties;
DROP TABLE claim_figures;

ALTER TABLE claim ADD COLUMN sub_event_type text;

-- The seed article's demo data, where a database already holds it, says what the article says and
-- no more: the Armenian Defence Ministry reported two policemen and three servicemen lightly
-- wounded and nothing about killed (an earlier version stored an invented 0 killed); each ministry
-- blames the other and describes a different act. These rows exist only where demo data was loaded.
UPDATE claim SET sub_event_type = 'SHELLING_ARTILLERY_MISSILE_ATTACK' WHERE id = '0e000000-0000-7000-8000-000000000101';
UPDATE claim SET sub_event_type = 'ARMED_CLASH',
                 summary = 'The border situation was aggravated after a breakthrough attempt on the part of Azerbaijan; two policemen and three servicemen sustained light wounds.'
WHERE id = '0e000000-0000-7000-8000-000000000102';

DELETE FROM claim_casualties WHERE claim_id IN ('0e000000-0000-7000-8000-000000000101', '0e000000-0000-7000-8000-000000000102');
INSERT INTO claim_casualties (claim_id, casualty_group, personnel, killed_best, injured_best, injury_severity)
SELECT c.claim_id::uuid, c.casualty_group, c.personnel, c.killed_best, c.injured_best, c.injury_severity
FROM (VALUES ('0e000000-0000-7000-8000-000000000101', 'SIDE_A', 'MILITARY', 4, 4, NULL),
             ('0e000000-0000-7000-8000-000000000102', 'SIDE_B', 'POLICE_SECURITY', NULL, 2, 'LIGHT'),
             ('0e000000-0000-7000-8000-000000000102', 'SIDE_B', 'MILITARY', NULL, 3, 'LIGHT'))
         AS c (claim_id, casualty_group, personnel, killed_best, injured_best, injury_severity)
WHERE EXISTS (SELECT 1 FROM claim WHERE claim.id = c.claim_id::uuid);

UPDATE event SET killed_low = NULL, killed_best = 4, killed_high = NULL, injured_low = NULL, injured_best = 9, injured_high = NULL
WHERE id = '0e000000-0000-7000-8000-000000000001';
DELETE FROM event_casualties WHERE event_id = '0e000000-0000-7000-8000-000000000001';
INSERT INTO event_casualties (event_id, casualty_group, personnel, killed_best, injured_best, injury_severity)
SELECT c.event_id::uuid, c.casualty_group, c.personnel, c.killed, c.injured, c.injury_severity
FROM (VALUES ('0e000000-0000-7000-8000-000000000001', 'SIDE_A', 'MILITARY', 4, 4, NULL),
             ('0e000000-0000-7000-8000-000000000001', 'SIDE_B', 'POLICE_SECURITY', NULL, 2, 'LIGHT'),
             ('0e000000-0000-7000-8000-000000000001', 'SIDE_B', 'MILITARY', NULL, 3, 'LIGHT'))
         AS c (event_id, casualty_group, personnel, killed, injured, injury_severity)
WHERE EXISTS (SELECT 1 FROM event WHERE event.id = c.event_id::uuid);
