-- returnhome: when the MASH deadline job first saw a task past its 72 hours.
ALTER TABLE return_home_task ADD COLUMN late_at DATETIME(6) NULL;
