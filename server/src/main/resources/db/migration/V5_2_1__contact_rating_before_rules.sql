-- mash: contacts opened before the MASH rated them were rated by their kind's own rule, whose name
-- was not kept; each counts as the first contact about its children.
INSERT INTO contact_rating (contact_id, tenant_id, rated_by, rules, repeat_count)
SELECT id, tenant_id, 'RULES', '', 1 FROM contact;
