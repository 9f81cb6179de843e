-- identity: tenants and enrolled field devices
CREATE TABLE tenant (
    id          VARCHAR(64)  NOT NULL PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    created_at  DATETIME(6)  NOT NULL
);

CREATE TABLE device (
    id           CHAR(36)      NOT NULL PRIMARY KEY,
    tenant_id    VARCHAR(64)   NOT NULL,
    user_uid     VARCHAR(128)  NOT NULL,
    platform     VARCHAR(20)   NOT NULL,
    app_version  VARCHAR(40)   NOT NULL,
    push_token   VARCHAR(4096) NULL,
    enrolled_at  DATETIME(6)   NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    CONSTRAINT fk_device_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
);
CREATE INDEX ix_device_user ON device (tenant_id, user_uid);
