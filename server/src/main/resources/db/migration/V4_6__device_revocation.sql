-- identity: a device an administrator revoked is refused from then on (pushes, feed, re-enrolment).
ALTER TABLE device ADD COLUMN revoked_at DATETIME(6) NULL;
