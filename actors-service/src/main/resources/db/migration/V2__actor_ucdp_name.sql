-- The UCDP name of an actor, as UCDP datasets write it (GED's side_a/side_b). Imports from extracts
-- without UCDP actor ids find actors by it, so it is compared exactly (no normal form) and unique
-- like the other external ids; the unique index is also what keeps two imports running at the same
-- time from creating one UCDP actor twice. (The API refuses names padded with white space.)
ALTER TABLE actor
    ADD COLUMN ucdp_name text CONSTRAINT actor_ucdp_name_key UNIQUE CHECK (btrim(ucdp_name) <> '');
