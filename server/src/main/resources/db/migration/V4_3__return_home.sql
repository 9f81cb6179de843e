-- capture.returnhome: a child's return from a missing episode (kind child-returned) and the return
-- home interviews about it (kind return-home-interview). Keyed by tenant and submission id, as the
-- incident is; free text only as AEAD ciphertext (*_ct).
CREATE TABLE return_episode (
    id                  CHAR(36)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    tenant_id           VARCHAR(64)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    reporter_uid        VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    reporter_agency     VARCHAR(40)  NOT NULL,
    device_id           CHAR(36)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    child_mention_id    CHAR(36)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    child_ct            BLOB         NOT NULL,
    missing_from        DATETIME(6)  NOT NULL,
    returned_at         DATETIME(6)  NOT NULL,
    where_found_ct      BLOB         NOT NULL,
    reported_by_ct      BLOB         NOT NULL,
    police_reference_ct BLOB         NULL,
    recorded_at         DATETIME(6)  NOT NULL,
    PRIMARY KEY (tenant_id, id)
);

CREATE TABLE return_interview (
    id                 CHAR(36)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    tenant_id          VARCHAR(64)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    episode_id         CHAR(36)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    interviewer_uid    VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    interviewer_agency VARCHAR(40)  NOT NULL,
    device_id          CHAR(36)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    interviewed_at     DATETIME(6)  NOT NULL,
    interview_ct       MEDIUMBLOB   NOT NULL,
    checklist_id       VARCHAR(40)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    checklist_version  VARCHAR(20)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    yes_count          INT          NOT NULL,
    judgement_high     BOOLEAN      NOT NULL,
    referred           BOOLEAN      NOT NULL,
    recorded_at        DATETIME(6)  NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT fk_interview_episode FOREIGN KEY (tenant_id, episode_id) REFERENCES return_episode (tenant_id, id)
);
CREATE INDEX ix_interview_episode ON return_interview (tenant_id, episode_id);

-- returnhome: the return home interview task each episode opens, due 72 real hours after the return.
CREATE TABLE return_home_task (
    id            CHAR(36)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    tenant_id     VARCHAR(64)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    state         VARCHAR(10)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    returned_at   DATETIME(6)  NOT NULL,
    due_at        DATETIME(6)  NOT NULL,
    assigned_to   VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    claimed_at    DATETIME(6)  NULL,
    closed_at     DATETIME(6)  NULL,
    interview_id  CHAR(36)     CHARACTER SET ascii COLLATE ascii_bin NULL,
    opened_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX ix_task_due ON return_home_task (tenant_id, state, due_at);
