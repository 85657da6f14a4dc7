-- Calendar feeds can be revoked by their owner (or an administrator); a revoked feed is kept so that
-- it answers 410 Gone rather than 404. last_read_at tells the owner which feeds a calendar app still uses.
ALTER TABLE calendar_feed ADD COLUMN revoked_at TIMESTAMP;
ALTER TABLE calendar_feed ADD COLUMN last_read_at TIMESTAMP;
CREATE INDEX ix_calendar_feed_username ON calendar_feed (username);
