-- mash: a claim holds until claim_expires_at (its lease); past that the contact is queued again for
-- anyone, with no job needed. near_breach_at / breached_at record when the deadline job first saw the
-- contact near its deadline or past it (the status itself is computed from the times).
ALTER TABLE contact
    ADD COLUMN claim_expires_at DATETIME(6) NULL,
    ADD COLUMN near_breach_at   DATETIME(6) NULL,
    ADD COLUMN breached_at      DATETIME(6) NULL;
-- Claims taken before leases existed have lapsed: their holder claims again to carry on.
UPDATE contact SET claim_expires_at = claimed_at WHERE state = 'CLAIMED';

-- mash: one row per background job and tenant; a replica runs the job for the tenant only after
-- taking the row with one conditional UPDATE (lease_until in the past), so each tenant is worked
-- once per interval however many replicas tick.
CREATE TABLE job_run (
    job         VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    tenant_id   VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    holder      VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    lease_until DATETIME(6) NOT NULL,
    PRIMARY KEY (job, tenant_id)
);
