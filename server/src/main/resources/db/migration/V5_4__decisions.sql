-- mash: decisions as their own rows, never updated: a correction is a new row naming the one it
-- corrects (at most one correction per decision, so corrections form a line, not a fork). Each
-- decision's actions (an owner, a person or an agency, and a due date) and, for a section 47
-- decision, the agencies invited to and attending the strategy discussion. Free text only as AEAD
-- ciphertext (*_ct); an action's completion and overdue flag are the action's, not the decision's.
CREATE TABLE contact_decision (
    id                       CHAR(36)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    tenant_id                VARCHAR(64)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    contact_id               CHAR(36)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    outcome                  VARCHAR(40)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    rationale_ct             BLOB         NOT NULL,
    step_across_team_ct      BLOB         NULL,
    missing_agency_reason_ct BLOB         NULL,
    corrects_id              CHAR(36)     CHARACTER SET ascii COLLATE ascii_bin NULL,
    correction_reason_ct     BLOB         NULL,
    decided_by               VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    decided_at               DATETIME(6)  NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT uq_decision_corrected_once UNIQUE (tenant_id, corrects_id),
    CONSTRAINT fk_decision_corrects FOREIGN KEY (tenant_id, corrects_id) REFERENCES contact_decision (tenant_id, id)
);
CREATE INDEX ix_decision_contact ON contact_decision (tenant_id, contact_id, decided_at);

CREATE TABLE decision_action (
    id            CHAR(36)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    tenant_id     VARCHAR(64)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    decision_id   CHAR(36)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    contact_id    CHAR(36)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    position      INT          NOT NULL,
    what_ct       BLOB         NOT NULL,
    owner_uid     VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    owner_agency  VARCHAR(40)  CHARACTER SET ascii COLLATE ascii_bin NULL,
    due_on        DATE         NOT NULL,
    completed_at  DATETIME(6)  NULL,
    completed_by  VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    flagged_at    DATETIME(6)  NULL,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT ck_action_one_owner CHECK ((owner_uid IS NULL) <> (owner_agency IS NULL)),
    CONSTRAINT fk_action_decision FOREIGN KEY (tenant_id, decision_id) REFERENCES contact_decision (tenant_id, id)
);
CREATE INDEX ix_action_decision ON decision_action (tenant_id, decision_id, position);
CREATE INDEX ix_action_owner ON decision_action (tenant_id, owner_uid, completed_at, due_on);
CREATE INDEX ix_action_due ON decision_action (completed_at, flagged_at, due_on);

CREATE TABLE strategy_discussion_agency (
    tenant_id    VARCHAR(64)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    decision_id  CHAR(36)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    agency       VARCHAR(40)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    attended     BOOLEAN      NOT NULL,
    PRIMARY KEY (tenant_id, decision_id, agency),
    CONSTRAINT fk_discussion_decision FOREIGN KEY (tenant_id, decision_id) REFERENCES contact_decision (tenant_id, id)
);
