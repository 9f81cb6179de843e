-- mash: how each contact got its rating (the rules that set it, or a person), how many contacts its
-- most-contacted child had in the 12 months up to it, and every change a person made, with the
-- reason sealed because it may name a child. Ids compare byte for byte, as everywhere since V3_1.
CREATE TABLE contact_rating (
    contact_id    CHAR(36)      CHARACTER SET ascii COLLATE ascii_bin NOT NULL PRIMARY KEY,
    tenant_id     VARCHAR(64)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    rated_by      VARCHAR(10)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    rules         VARCHAR(1000) NOT NULL,
    repeat_count  INT           NOT NULL,
    CONSTRAINT fk_contact_rating_contact FOREIGN KEY (contact_id) REFERENCES contact (id)
);

CREATE TABLE contact_rating_change (
    id           CHAR(36)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL PRIMARY KEY,
    contact_id   CHAR(36)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    tenant_id    VARCHAR(64)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    changed_by   VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    changed_at   DATETIME(6)  NOT NULL,
    from_rag     VARCHAR(5)   NOT NULL,
    to_rag       VARCHAR(5)   NOT NULL,
    reason_ct    BLOB         NOT NULL,
    CONSTRAINT fk_rating_change_contact FOREIGN KEY (contact_id) REFERENCES contact (id)
);
CREATE INDEX ix_rating_change_contact ON contact_rating_change (tenant_id, contact_id, changed_at);
