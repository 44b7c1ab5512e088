-- Imported events and claims: a claim may cite an article without saying who asserts it (the
-- outlet speaks for itself, as in UCDP's source lists); an import finds its claims again by key,
-- and remembers what it last wrote to each event, so that a curator's later edit is not overwritten.

ALTER TABLE claim ALTER COLUMN claimant_actor_id DROP NOT NULL;
ALTER TABLE claim ADD COLUMN import_key text;
CREATE UNIQUE INDEX claim_import_key_unique ON claim (event_id, import_key) WHERE import_key IS NOT NULL;

-- The event's fields as the last import wrote them, by field name.
ALTER TABLE event ADD COLUMN ucdp_imported jsonb;
