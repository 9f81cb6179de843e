-- sync: the receipt ledger (one row per submission id, ever) and the per-user change feed
CREATE TABLE submission (
    id             CHAR(36)     NOT NULL PRIMARY KEY,
    tenant_id      VARCHAR(64)  NOT NULL,
    device_id      CHAR(36)     NOT NULL,
    user_uid       VARCHAR(128) NOT NULL,
    kind           VARCHAR(64)  NOT NULL,
    device_time    DATETIME(6)  NOT NULL,
    sealed_sha256  BINARY(32)   NOT NULL,
    receipt_id     CHAR(36)     NOT NULL,
    received_at    DATETIME(6)  NOT NULL,
    CONSTRAINT uq_submission_receipt UNIQUE (receipt_id)
);

CREATE TABLE feed_entry (
    seq            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id      VARCHAR(64)  NOT NULL,
    recipient_uid  VARCHAR(128) NOT NULL,
    device_id      CHAR(36)     NULL,
    kind           VARCHAR(32)  NOT NULL,
    ref_id         CHAR(36)     NOT NULL,
    submission_id  CHAR(36)     NULL,
    outcome        VARCHAR(40)  NULL,
    action         VARCHAR(16)  NULL,
    at             DATETIME(6)  NOT NULL
);
CREATE INDEX ix_feed_recipient ON feed_entry (tenant_id, recipient_uid, seq);
