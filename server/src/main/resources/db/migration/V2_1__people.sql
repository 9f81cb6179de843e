-- people: who is who. A mention is a person as one capture recorded them; resolution files each
-- mention under a person. Merges never move mentions: a merged person points at the survivor,
-- so undoing a merge is exact. Names and dates of birth are AEAD ciphertext; lookups go through
-- keyed blind indexes of blocking keys and of name values, never plaintext.
CREATE TABLE person (
    id            CHAR(36)     NOT NULL PRIMARY KEY,
    tenant_id     VARCHAR(64)  NOT NULL,
    merged_into   CHAR(36)     NULL,
    created_at    DATETIME(6)  NOT NULL,
    version       BIGINT       NOT NULL
);
CREATE INDEX ix_person_merged ON person (tenant_id, merged_into);

CREATE TABLE person_mention (
    id             CHAR(36)     NOT NULL PRIMARY KEY,
    tenant_id      VARCHAR(64)  NOT NULL,
    person_id      CHAR(36)     NOT NULL,
    source_type    VARCHAR(20)  NOT NULL,
    source_id      VARCHAR(64)  NOT NULL,
    role           VARCHAR(40)  NOT NULL,
    occurred_at    DATETIME(6)  NULL,
    record_ct      BLOB         NOT NULL,
    decision       VARCHAR(10)  NOT NULL,
    weight         DOUBLE       NULL,
    resolved_at    DATETIME(6)  NOT NULL,
    CONSTRAINT fk_mention_person FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE INDEX ix_mention_person ON person_mention (tenant_id, person_id);
CREATE INDEX ix_mention_source ON person_mention (tenant_id, source_id);

CREATE TABLE person_block_key (
    tenant_id   VARCHAR(64)  NOT NULL,
    key_index   BINARY(32)   NOT NULL,
    mention_id  CHAR(36)     NOT NULL,
    person_id   CHAR(36)     NOT NULL,
    PRIMARY KEY (tenant_id, key_index, mention_id)
);

CREATE TABLE name_frequency (
    tenant_id    VARCHAR(64)  NOT NULL,
    name_part    VARCHAR(10)  NOT NULL,
    value_index  BINARY(32)   NOT NULL,
    mentions     BIGINT       NOT NULL,
    PRIMARY KEY (tenant_id, name_part, value_index)
);

CREATE TABLE match_review (
    id                   CHAR(36)      NOT NULL PRIMARY KEY,
    tenant_id            VARCHAR(64)   NOT NULL,
    mention_id           CHAR(36)      NOT NULL,
    mention_person_id    CHAR(36)      NOT NULL,
    candidate_person_id  CHAR(36)      NOT NULL,
    weight               DOUBLE        NOT NULL,
    evidence             VARCHAR(4000) NOT NULL,
    state                VARCHAR(20)   NOT NULL,
    created_at           DATETIME(6)   NOT NULL,
    decided_by           VARCHAR(128)  NULL,
    decided_at           DATETIME(6)   NULL,
    reason_ct            BLOB          NULL,
    merge_id             CHAR(36)      NULL,
    version              BIGINT        NOT NULL
);
CREATE INDEX ix_review_open ON match_review (tenant_id, state, created_at);

CREATE TABLE person_merge (
    id                   CHAR(36)     NOT NULL PRIMARY KEY,
    tenant_id            VARCHAR(64)  NOT NULL,
    surviving_person_id  CHAR(36)     NOT NULL,
    merged_person_id     CHAR(36)     NOT NULL,
    merged_by            VARCHAR(128) NOT NULL,
    merged_at            DATETIME(6)  NOT NULL,
    reason_ct            BLOB         NOT NULL,
    undone_by            VARCHAR(128) NULL,
    undone_at            DATETIME(6)  NULL,
    undo_reason_ct       BLOB         NULL,
    version              BIGINT       NOT NULL
);

CREATE TABLE relationship (
    id               CHAR(36)     NOT NULL PRIMARY KEY,
    tenant_id        VARCHAR(64)  NOT NULL,
    from_person_id   CHAR(36)     NOT NULL,
    to_person_id     CHAR(36)     NOT NULL,
    kind             VARCHAR(40)  NOT NULL,
    reason_ct        BLOB         NULL,
    source_type      VARCHAR(20)  NOT NULL,
    source_id        VARCHAR(64)  NOT NULL,
    created_at       DATETIME(6)  NOT NULL
);
CREATE INDEX ix_relationship_from ON relationship (tenant_id, from_person_id);
CREATE INDEX ix_relationship_to ON relationship (tenant_id, to_person_id);

CREATE TABLE risk_marker (
    id           CHAR(36)     NOT NULL PRIMARY KEY,
    tenant_id    VARCHAR(64)  NOT NULL,
    person_id    CHAR(36)     NOT NULL,
    kind         VARCHAR(40)  NOT NULL,
    source       VARCHAR(200) NOT NULL,
    recorded_on  DATE         NOT NULL,
    expires_on   DATE         NULL,
    details_ct   BLOB         NULL,
    created_by   VARCHAR(128) NOT NULL,
    created_at   DATETIME(6)  NOT NULL
);
CREATE INDEX ix_marker_person ON risk_marker (tenant_id, person_id);
