-- Ids compare byte for byte (issue 9, item 3). Under utf8mb4_unicode_ci "DEMO-LA" and "demo-la "
-- equalled "demo-la", and folding case cost 8-10% of the database's CPU under load. Row, tenant,
-- device and submission ids are ASCII: ascii_bin. User ids (Firebase uids) and the ids of records
-- loaded from files are the caller's to choose and need not be ASCII: utf8mb4_bin, still exact.
-- Both binary collations pad: a trailing space still compares equal, so the tenant claim is checked
-- for canonical form at sign-in (Tenant.isCanonical) and nothing else reaches SQL from a caller's text.
-- Foreign keys are dropped while their columns change (MySQL 8 refuses otherwise) and added back.
ALTER TABLE device DROP FOREIGN KEY fk_device_tenant;
ALTER TABLE incident_person DROP FOREIGN KEY fk_person_incident;
ALTER TABLE person_mention DROP FOREIGN KEY fk_mention_person;

ALTER TABLE tenant
    MODIFY id VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL;

ALTER TABLE device
    MODIFY id        CHAR(36)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    MODIFY tenant_id VARCHAR(64)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    MODIFY user_uid  VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;

ALTER TABLE wrapped_keyset
    MODIFY name VARCHAR(100) CHARACTER SET ascii COLLATE ascii_bin NOT NULL;

ALTER TABLE submission
    MODIFY id         CHAR(36)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    MODIFY tenant_id  VARCHAR(64)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    MODIFY device_id  CHAR(36)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    MODIFY user_uid   VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    MODIFY receipt_id CHAR(36)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL;

ALTER TABLE feed_entry
    MODIFY tenant_id     VARCHAR(64)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    MODIFY recipient_uid VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    MODIFY device_id     CHAR(36)     CHARACTER SET ascii COLLATE ascii_bin NULL,
    MODIFY ref_id        CHAR(36)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    MODIFY submission_id CHAR(36)     CHARACTER SET ascii COLLATE ascii_bin NULL;

ALTER TABLE da_incident
    MODIFY id           CHAR(36)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    MODIFY tenant_id    VARCHAR(64)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    MODIFY referrer_uid VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    MODIFY device_id    CHAR(36)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    MODIFY checklist_id VARCHAR(40)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL;

ALTER TABLE incident_person
    MODIFY id          CHAR(36)    CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    MODIFY incident_id CHAR(36)    CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    MODIFY tenant_id   VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    MODIFY mention_id  CHAR(36)    CHARACTER SET ascii COLLATE ascii_bin NOT NULL;

ALTER TABLE contact
    MODIFY id            CHAR(36)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    MODIFY tenant_id     VARCHAR(64)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    MODIFY incident_id   CHAR(36)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    MODIFY submission_id CHAR(36)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    MODIFY referrer_uid  VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    MODIFY claimed_by    VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    MODIFY decided_by    VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL;

ALTER TABLE audit_event
    MODIFY tenant_id VARCHAR(64)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    MODIFY actor_uid VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    MODIFY record_id VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;

ALTER TABLE mention_tally
    MODIFY tenant_id VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL;

ALTER TABLE person
    MODIFY id          CHAR(36)    CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    MODIFY tenant_id   VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    MODIFY merged_into CHAR(36)    CHARACTER SET ascii COLLATE ascii_bin NULL;

ALTER TABLE person_mention
    MODIFY id        CHAR(36)    CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    MODIFY tenant_id VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    MODIFY person_id CHAR(36)    CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    MODIFY source_id VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;

ALTER TABLE person_block_key
    MODIFY tenant_id  VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    MODIFY mention_id CHAR(36)    CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    MODIFY person_id  CHAR(36)    CHARACTER SET ascii COLLATE ascii_bin NOT NULL;

ALTER TABLE name_frequency
    MODIFY tenant_id VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL;

ALTER TABLE match_review
    MODIFY id                  CHAR(36)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    MODIFY tenant_id           VARCHAR(64)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    MODIFY mention_id          CHAR(36)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    MODIFY mention_person_id   CHAR(36)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    MODIFY candidate_person_id CHAR(36)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    MODIFY decided_by          VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    MODIFY merge_id            CHAR(36)     CHARACTER SET ascii COLLATE ascii_bin NULL;

ALTER TABLE person_merge
    MODIFY id                  CHAR(36)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    MODIFY tenant_id           VARCHAR(64)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    MODIFY surviving_person_id CHAR(36)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    MODIFY merged_person_id    CHAR(36)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    MODIFY merged_by           VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    MODIFY undone_by           VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL;

ALTER TABLE relationship
    MODIFY id             CHAR(36)    CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    MODIFY tenant_id      VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    MODIFY from_person_id CHAR(36)    CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    MODIFY to_person_id   CHAR(36)    CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    MODIFY source_id      VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;

ALTER TABLE risk_marker
    MODIFY id         CHAR(36)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    MODIFY tenant_id  VARCHAR(64)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    MODIFY person_id  CHAR(36)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    MODIFY created_by VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;

ALTER TABLE device
    ADD CONSTRAINT fk_device_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id);
ALTER TABLE incident_person
    ADD CONSTRAINT fk_person_incident FOREIGN KEY (incident_id) REFERENCES da_incident (id);
ALTER TABLE person_mention
    ADD CONSTRAINT fk_mention_person FOREIGN KEY (person_id) REFERENCES person (id);
