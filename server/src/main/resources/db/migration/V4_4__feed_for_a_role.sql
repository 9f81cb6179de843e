-- sync: a feed entry is for one user (recipient_uid) or for everyone holding a role in the tenant
-- (audience_role), such as a task for a service rather than a person. A task notice carries the
-- task's kind, state, due time and assignee: ids, codes and times, never a child's data.
ALTER TABLE feed_entry
    MODIFY recipient_uid VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    ADD COLUMN audience_role VARCHAR(40)  CHARACTER SET ascii COLLATE ascii_bin NULL,
    ADD COLUMN task_kind     VARCHAR(40)  CHARACTER SET ascii COLLATE ascii_bin NULL,
    ADD COLUMN task_state    VARCHAR(16)  CHARACTER SET ascii COLLATE ascii_bin NULL,
    ADD COLUMN due_at        DATETIME(6)  NULL,
    ADD COLUMN assigned_to   VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL;
CREATE INDEX ix_feed_audience ON feed_entry (tenant_id, audience_role, seq);
