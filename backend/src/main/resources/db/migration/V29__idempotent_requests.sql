-- POSTs carried out under an Idempotency-Key (vn.chibo.idempotency): one row per caller and key, written
-- in the same transaction as the change the POST made, with the response a retry gets again.
CREATE TABLE idempotent_request (
    id UUID PRIMARY KEY,
    caller VARCHAR(255) NOT NULL,
    idempotency_key VARCHAR(255) NOT NULL,
    fingerprint VARCHAR(64) NOT NULL,
    status INTEGER NOT NULL,
    response_body VARCHAR(1000000),
    created_at TIMESTAMP NOT NULL,
    CONSTRAINT uq_idempotent_request UNIQUE (caller, idempotency_key)
);
CREATE INDEX ix_idempotent_request_created ON idempotent_request (created_at);
