-- mash: contacts waiting for a triage decision, with their priority and deadline
CREATE TABLE contact (
    id               CHAR(36)     NOT NULL PRIMARY KEY,
    tenant_id        VARCHAR(64)  NOT NULL,
    incident_id      CHAR(36)     NOT NULL,
    submission_id    CHAR(36)     NOT NULL,
    referrer_uid     VARCHAR(128) NOT NULL,
    referrer_agency  VARCHAR(40)  NOT NULL,
    rag              VARCHAR(5)   NOT NULL,
    rag_reasons      VARCHAR(1000) NOT NULL,
    state            VARCHAR(10)  NOT NULL,
    received_at      DATETIME(6)  NOT NULL,
    due_at           DATETIME(6)  NOT NULL,
    child_count      INT          NOT NULL,
    claimed_by       VARCHAR(128) NULL,
    claimed_at       DATETIME(6)  NULL,
    outcome          VARCHAR(40)  NULL,
    rationale_ct     BLOB         NULL,
    decided_by       VARCHAR(128) NULL,
    decided_at       DATETIME(6)  NULL,
    version          BIGINT       NOT NULL,
    CONSTRAINT uq_contact_incident UNIQUE (incident_id)
);
CREATE INDEX ix_contact_queue ON contact (tenant_id, state, due_at);
