-- console: the reason a reader gave on "Why are you looking at this record?", kept so the record can be
-- shown on a GET (Post/Redirect/Get) whose address carries only this row's random id. A row serves only
-- its own tenant, reader and contact, for a short while; rows older than a day are deleted as new ones
-- are written. The words of "another reason" may be personal, so they are sealed, bound to the row.
-- No key to contact: a reason may be given for an id the tenant does not have (then "Page not found").
CREATE TABLE console_reading_reason (
    id              CHAR(36)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL PRIMARY KEY,
    tenant_id       VARCHAR(64)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    reader_uid      VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    contact_id      CHAR(36)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    reason          VARCHAR(20)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    other_reason_ct BLOB         NULL,
    given_at        DATETIME(6)  NOT NULL
);
CREATE INDEX ix_console_reading_reason_given ON console_reading_reason (given_at);
