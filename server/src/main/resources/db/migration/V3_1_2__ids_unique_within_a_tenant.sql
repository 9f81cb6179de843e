-- Ids a device makes (device, submission, mention) are unique within a tenant, not across tenants
-- (issue 9, item 4). Keyed by the id alone, an id another tenant had used answered "enrolled
-- elsewhere" or "conflict": both told the caller it exists elsewhere. Keyed by tenant and id, it is
-- taken as never seen, and each tenant's record stands apart from the other's.
ALTER TABLE device DROP PRIMARY KEY, ADD PRIMARY KEY (tenant_id, id);
ALTER TABLE submission DROP PRIMARY KEY, ADD PRIMARY KEY (tenant_id, id);
ALTER TABLE person_mention DROP PRIMARY KEY, ADD PRIMARY KEY (tenant_id, id);

-- An incident is stored under its submission's id, so it too is keyed by tenant and id; the people
-- of an incident, and its contact, follow.
ALTER TABLE incident_person DROP FOREIGN KEY fk_person_incident;
ALTER TABLE da_incident DROP PRIMARY KEY, ADD PRIMARY KEY (tenant_id, id);
ALTER TABLE incident_person
    DROP INDEX uq_person_mention,
    ADD CONSTRAINT uq_person_mention UNIQUE (tenant_id, incident_id, mention_id);
ALTER TABLE incident_person
    ADD CONSTRAINT fk_person_incident FOREIGN KEY (tenant_id, incident_id) REFERENCES da_incident (tenant_id, id);
ALTER TABLE contact
    DROP INDEX uq_contact_incident,
    ADD CONSTRAINT uq_contact_incident UNIQUE (tenant_id, incident_id);
