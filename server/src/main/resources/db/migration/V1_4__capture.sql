-- capture: domestic abuse incidents and the people in them. Names, dates of birth, places,
-- narratives and the child's voice are AEAD ciphertext (associated data: row id and field).
CREATE TABLE da_incident (
    id                      CHAR(36)     NOT NULL PRIMARY KEY,
    tenant_id               VARCHAR(64)  NOT NULL,
    referrer_uid            VARCHAR(128) NOT NULL,
    referrer_agency         VARCHAR(40)  NOT NULL,
    device_id               CHAR(36)     NOT NULL,
    occurred_at             DATETIME(6)  NOT NULL,
    place_ct                BLOB         NOT NULL,
    narrative_ct            BLOB         NOT NULL,
    checklist_id            VARCHAR(40)  NOT NULL,
    checklist_version       VARCHAR(20)  NOT NULL,
    yes_count               INT          NOT NULL,
    risk_level              VARCHAR(10)  NOT NULL,
    professional_judgement  BOOLEAN      NOT NULL,
    recorded_at             DATETIME(6)  NOT NULL
);
CREATE INDEX ix_incident_tenant ON da_incident (tenant_id, recorded_at);

CREATE TABLE incident_person (
    id             CHAR(36)     NOT NULL PRIMARY KEY,
    incident_id    CHAR(36)     NOT NULL,
    tenant_id      VARCHAR(64)  NOT NULL,
    mention_id     CHAR(36)     NOT NULL,
    position       INT          NOT NULL,
    kind           VARCHAR(10)  NOT NULL,
    role           VARCHAR(40)  NOT NULL,
    name_ct        BLOB         NOT NULL,
    name_index     BINARY(32)   NOT NULL,
    dob_ct         BLOB         NULL,
    age_years      INT          NULL,
    seen           BOOLEAN      NULL,
    spoken_to      BOOLEAN      NULL,
    spoken_alone   BOOLEAN      NULL,
    details_ct     BLOB         NULL,
    CONSTRAINT fk_person_incident FOREIGN KEY (incident_id) REFERENCES da_incident (id),
    CONSTRAINT uq_person_mention UNIQUE (incident_id, mention_id)
);
CREATE INDEX ix_person_name ON incident_person (tenant_id, name_index);
