-- Notices that reach people (issue 12): one row per recipient, written in the transaction of the action that
-- caused it (a meeting notified, documents published, a monthly schedule sent, a verification asked for or
-- given), so a notice is never lost and the action never waits for mail. A recipient is a login (username,
-- read in the in-app inbox) or, for a member without one, only an e-mail address.
CREATE TABLE notice (
    id UUID PRIMARY KEY,
    kind VARCHAR(40) NOT NULL,
    username VARCHAR(200),
    email VARCHAR(320),
    title VARCHAR(300) NOT NULL,
    body VARCHAR(8000) NOT NULL,
    link VARCHAR(1000) NOT NULL,
    object_type VARCHAR(40) NOT NULL,
    object_id UUID NOT NULL,
    created_at TIMESTAMP NOT NULL,
    read_at TIMESTAMP,
    CONSTRAINT notice_has_recipient CHECK (username IS NOT NULL OR email IS NOT NULL)
);
CREATE INDEX notice_inbox ON notice (username, created_at);

-- One row per notice and channel that needs delivering (e-mail: the in-app channel is the notice row itself).
-- The sender job picks QUEUED rows and FAILED rows whose next attempt is due; a FAILED row without a next
-- attempt has used up its attempts and keeps its last reason.
CREATE TABLE notice_delivery (
    id UUID PRIMARY KEY,
    notice_id UUID NOT NULL REFERENCES notice (id),
    channel VARCHAR(20) NOT NULL,
    address VARCHAR(320) NOT NULL,
    status VARCHAR(20) NOT NULL,
    attempts INTEGER NOT NULL,
    next_attempt_at TIMESTAMP,
    last_error VARCHAR(1000),
    sent_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX notice_delivery_due ON notice_delivery (status, next_attempt_at);

-- A login's choice: e-mail as well as the inbox, or the inbox only, and the address to write to.
CREATE TABLE notice_preference (
    username VARCHAR(200) PRIMARY KEY,
    email_enabled BOOLEAN NOT NULL,
    email VARCHAR(320),
    updated_at TIMESTAMP NOT NULL,
    version BIGINT NOT NULL
);

-- The e-mail address of a member (the only way to reach a member without a login).
ALTER TABLE member ADD COLUMN email VARCHAR(320);
