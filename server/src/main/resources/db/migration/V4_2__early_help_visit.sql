-- capture.earlyhelp: early help visits and the people in them (issue 10). Keyed by tenant and id
-- like the incident (V3_1_2). Only facts the MASH rule and reports read are in the clear (when,
-- which form, seen, escalated); the place, the analysis, the next actions, the escalation reason,
-- the relationships stated and every person's details (name, date of birth, voice) are AEAD
-- ciphertext with the row id and field as associated data.
CREATE TABLE eh_visit (
    id                   CHAR(36)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    tenant_id            VARCHAR(64)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    referrer_uid         VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    referrer_agency      VARCHAR(40)  NOT NULL,
    device_id            CHAR(36)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    form_version         VARCHAR(20)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    visited_at           DATETIME(6)  NOT NULL,
    place_ct             BLOB         NOT NULL,
    analysis_ct          BLOB         NOT NULL,
    next_actions_ct      BLOB         NOT NULL,
    relationships_ct     BLOB         NOT NULL,
    escalated            BOOLEAN      NOT NULL,
    immediate_risk       BOOLEAN      NOT NULL,
    escalation_reason_ct BLOB         NULL,
    recorded_at          DATETIME(6)  NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX ix_eh_visit_recorded ON eh_visit (tenant_id, recorded_at);

-- One row per adult or child; its id is the server's own mention id for the person.
CREATE TABLE eh_visit_person (
    id           CHAR(36)    CHARACTER SET ascii COLLATE ascii_bin NOT NULL PRIMARY KEY,
    tenant_id    VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    visit_id     CHAR(36)    CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    mention_id   CHAR(36)    CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    position     INT         NOT NULL,
    kind         VARCHAR(10) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    role         VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    seen         BOOLEAN     NULL,
    seen_alone   BOOLEAN     NULL,
    spoken_to    BOOLEAN     NULL,
    details_ct   BLOB        NOT NULL,
    CONSTRAINT uq_eh_visit_person_mention UNIQUE (tenant_id, visit_id, mention_id),
    CONSTRAINT fk_eh_visit_person_visit FOREIGN KEY (tenant_id, visit_id) REFERENCES eh_visit (tenant_id, id)
);
