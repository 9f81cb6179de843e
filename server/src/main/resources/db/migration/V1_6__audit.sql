-- audit: who read or wrote which record of a child's data, when and why
CREATE TABLE audit_event (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id    VARCHAR(64)  NOT NULL,
    actor_uid    VARCHAR(128) NOT NULL,
    action       VARCHAR(40)  NOT NULL,
    record_type  VARCHAR(40)  NOT NULL,
    record_id    VARCHAR(64)  NOT NULL,
    purpose      VARCHAR(200) NOT NULL,
    at           DATETIME(6)  NOT NULL
);
CREATE INDEX ix_audit_record ON audit_event (tenant_id, record_type, record_id);
