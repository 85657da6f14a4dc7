-- One row per day on which the alerts of the whole tree were computed (the daily job, or its catch-up after
-- the server was down at the job's hour). The catch-up looks for today's row; the primary key makes two
-- runs of the same day that race each other end with one row (the later one fails and is retried next hour).
CREATE TABLE alert_daily_run (
    run_day DATE PRIMARY KEY,
    finished_at TIMESTAMP NOT NULL,
    organizations INTEGER NOT NULL,
    raised INTEGER NOT NULL,
    resolved INTEGER NOT NULL,
    open_alerts INTEGER NOT NULL
);
