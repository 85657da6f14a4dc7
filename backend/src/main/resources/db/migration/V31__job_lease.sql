-- Issue 14: several backend replicas share one database, and each runs the same @Scheduled methods. A job runs
-- on the replica that holds its lease (vn.chibo.scheduling.ClusterJobs): one row per job, taken by one
-- conditional UPDATE when leased_until has passed, given back when the run ends. A row appears at a job's first
-- run (an insert that tolerates a concurrent one), so a new job needs no migration.
CREATE TABLE job_lease (
    name VARCHAR(100) PRIMARY KEY,
    holder VARCHAR(200),
    leased_until TIMESTAMP NOT NULL,
    last_started_at TIMESTAMP,
    last_finished_at TIMESTAMP,
    version BIGINT NOT NULL
);
