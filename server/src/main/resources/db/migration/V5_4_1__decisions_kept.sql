-- mash: a stored decision is never changed or removed; the database refuses, whatever asks.
-- Contacts decided before V5_4 get their decision as a row, with the contact's id as the
-- decision's: their rationale was sealed bound to that id, so it opens as the decision's too.
CREATE TRIGGER contact_decision_never_updated BEFORE UPDATE ON contact_decision FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'contact_decision rows are never updated: correct a decision with a new one';

CREATE TRIGGER contact_decision_never_deleted BEFORE DELETE ON contact_decision FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'contact_decision rows are never deleted';

INSERT INTO contact_decision (id, tenant_id, contact_id, outcome, rationale_ct, decided_by, decided_at)
SELECT id, tenant_id, id, outcome, rationale_ct, decided_by, decided_at
FROM contact
WHERE state = 'DECIDED' AND outcome IS NOT NULL AND rationale_ct IS NOT NULL
  AND decided_by IS NOT NULL AND decided_at IS NOT NULL;
