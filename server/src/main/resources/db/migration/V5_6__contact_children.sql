-- mash: the children each contact was opened for, as the mentions its capture's kind named (for a
-- return home interview, the child of the return notice: the interview itself names only the people
-- the child was with). Mentions, not people: people merge and unmerge, and a mention always answers
-- with its current person. A child's contacts are found by these rows or by the captures that
-- mention the child, so contacts opened before this table are still found.
CREATE TABLE contact_child (
    contact_id        CHAR(36)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    tenant_id         VARCHAR(64)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    child_mention_id  CHAR(36)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    PRIMARY KEY (contact_id, child_mention_id),
    CONSTRAINT fk_contact_child_contact FOREIGN KEY (contact_id) REFERENCES contact (id)
);
CREATE INDEX ix_contact_child_mention ON contact_child (tenant_id, child_mention_id);

-- The interviews already referred are the contacts neither path would find: their child is the
-- return notice's, which no contact names as its capture. A one-off read of capture.returnhome's
-- tables; from here on the MASH writes these rows as it opens each contact.
INSERT INTO contact_child (contact_id, tenant_id, child_mention_id)
SELECT c.id, c.tenant_id, e.child_mention_id
  FROM contact c
  JOIN return_interview i ON i.tenant_id = c.tenant_id AND i.id = c.incident_id
  JOIN return_episode e ON e.tenant_id = i.tenant_id AND e.id = i.episode_id
 WHERE c.capture_kind = 'return-home-interview';
