-- mash: a contact names the kind of capture behind it, so the triager's view reads it as that kind.
-- Every contact before this came from a domestic abuse incident.
ALTER TABLE contact ADD COLUMN capture_kind VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin
    NOT NULL DEFAULT 'domestic-abuse-incident' AFTER incident_id;
