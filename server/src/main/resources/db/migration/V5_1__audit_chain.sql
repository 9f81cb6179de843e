-- audit: entries form a hash chain per tenant, numbered without gaps, that the database refuses
-- to change or delete. audit_head holds each chain's last sequence and hash; appenders lock it.
CREATE TABLE audit_entry (
    tenant_id    VARCHAR(64)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    seq          BIGINT       NOT NULL,
    prev_hash    BINARY(32)   NOT NULL,
    hash         BINARY(32)   NOT NULL,
    at           DATETIME(6)  NOT NULL,
    actor_uid    VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    agency       VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    operation    VARCHAR(16)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    record_type  VARCHAR(40)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    record_id    VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    purpose      VARCHAR(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    action       VARCHAR(40)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    PRIMARY KEY (tenant_id, seq)
);
CREATE INDEX ix_audit_entry_record ON audit_entry (tenant_id, record_id);

-- checkpointed_seq: the last sequence a checkpoint was claimed for, so that of several replicas
-- only one signs a tenant's head at a given sequence.
CREATE TABLE audit_head (
    tenant_id        VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL PRIMARY KEY,
    seq              BIGINT      NOT NULL,
    hash             BINARY(32)  NOT NULL,
    checkpointed_seq BIGINT      NOT NULL
);

CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit entries cannot be changed: the audit log is append-only';

CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit entries cannot be deleted: the audit log is append-only';
