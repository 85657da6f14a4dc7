-- Self-evaluation of meetings, verification (thẩm định) by the assigned upper-level member.

ALTER TABLE policy_profile ADD COLUMN verification_due_days INT DEFAULT 7 NOT NULL;

CREATE TABLE supervision_assignment (
    id UUID PRIMARY KEY,
    supervisor_username VARCHAR(200) NOT NULL,
    cell_org_id UUID NOT NULL REFERENCES organization (id),
    delegate BOOLEAN NOT NULL,
    valid_from DATE NOT NULL,
    valid_to DATE,
    assigned_by VARCHAR(200) NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX ix_supervision_cell ON supervision_assignment (cell_org_id);
CREATE INDEX ix_supervision_user ON supervision_assignment (supervisor_username);

CREATE TABLE evaluation (
    id UUID PRIMARY KEY,
    meeting_id UUID NOT NULL REFERENCES meeting (id),
    template_id UUID NOT NULL REFERENCES scoring_template (id),
    status VARCHAR(20) NOT NULL,
    self_total NUMERIC(6,2) NOT NULL,
    self_rating VARCHAR(10) NOT NULL,
    self_failed_gates VARCHAR(500),
    comment VARCHAR(5000),
    submitted_at TIMESTAMP,
    submitted_by VARCHAR(200),
    return_reason VARCHAR(2000),
    verified_total NUMERIC(6,2),
    verified_rating VARCHAR(10),
    verified_failed_gates VARCHAR(500),
    verifier VARCHAR(200),
    verifier_comment VARCHAR(5000),
    verified_at TIMESTAMP,
    content_hash VARCHAR(64),
    version BIGINT NOT NULL,
    CONSTRAINT uq_evaluation_meeting UNIQUE (meeting_id)
);

CREATE TABLE evaluation_score (
    id UUID PRIMARY KEY,
    evaluation_id UUID NOT NULL REFERENCES evaluation (id),
    code VARCHAR(20) NOT NULL,
    self_points NUMERIC(6,2) NOT NULL,
    auto_points NUMERIC(6,2),
    justification VARCHAR(2000),
    verifier_points NUMERIC(6,2),
    verifier_comment VARCHAR(2000)
);
CREATE INDEX ix_evaluation_score_evaluation ON evaluation_score (evaluation_id);
