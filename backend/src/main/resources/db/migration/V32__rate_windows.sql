-- The rate-limit budget shared by every replica (vn.chibo.common.RateWindows): what has been reserved
-- of one caller's budget in one fixed minute. bucket_key is the kind and the caller ("caller:dangvien.an",
-- "anonymous:10.0.0.7"); window_start is the minute's first second since the epoch (UTC), a number so that
-- no driver or session time zone can shift it. Rows older than two minutes are deleted by a scheduled purge.
CREATE TABLE rate_window (
    bucket_key VARCHAR(320) NOT NULL,
    window_start BIGINT NOT NULL,
    spent INTEGER NOT NULL,
    CONSTRAINT pk_rate_window PRIMARY KEY (bucket_key, window_start)
);
CREATE INDEX ix_rate_window_start ON rate_window (window_start);
